// Fonts travel with the deck (no Google Fonts, no CDN): the deck works offline and the PDF embeds them.
import '@fontsource-variable/inter'
import '@fontsource/fira-code/400.css'
// Chinese: Noto Sans SC, split by unicode-range into ~100 subsets per weight, so a page only downloads the
// subsets holding the glyphs it shows. Regular and bold (headings, **strong**) cover what the slides use.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
import './deck.css'
