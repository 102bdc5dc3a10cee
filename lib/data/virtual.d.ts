declare module 'virtual:deck-data' {
  const data: import('./schema').DeckData
  export default data
}
