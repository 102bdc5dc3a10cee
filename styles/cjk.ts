// Chinese: Noto Sans SC, split by unicode-range into ~100 subsets per weight, so a page only downloads the
// subsets holding the glyphs it shows. Regular and bold (headings, **strong**) cover what the slides use.
// Loaded from setup/main.ts rather than styles/index.ts: its @font-face rules alone are ~64 KB gzip of CSS,
// which the English deck's first slide does not need.
import '@fontsource/noto-sans-sc/400.css'
import '@fontsource/noto-sans-sc/700.css'
