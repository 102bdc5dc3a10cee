// Fonts travel with the deck (no Google Fonts, no CDN): the deck works offline and the PDF embeds them.
import './inter.css'
import '@fontsource/fira-code/400.css'
// Chinese (Noto Sans SC) is loaded by setup/main.ts: see styles/cjk.ts.
import './deck.css'
