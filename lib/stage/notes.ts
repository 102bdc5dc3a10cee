// Which click each block of a slide's notes belongs to. Slidev renders `[click]` in the notes as an empty
// `<span class="slidev-note-click-mark" data-clicks="N">`, and the text after a mark is said at click N: a block
// belongs to the first mark inside it, a block without one to the last mark before it (0 before any).

export const CLICK_MARK = 'slidev-note-click-mark'

/** `marks[i]`: the data-clicks of the marks inside block i, in order. Returns each block's click. */
export function clicksOfBlocks(marks: readonly (readonly number[])[]): number[] {
  let last = 0
  return marks.map(m => {
    const own = m.length ? m[0] : last
    if (m.length) last = m[m.length - 1]
    return own
  })
}

export type NoteState = 'past' | 'current' | 'future'

export function noteState(block: number, current: number): NoteState {
  return block < current ? 'past' : block === current ? 'current' : 'future'
}
