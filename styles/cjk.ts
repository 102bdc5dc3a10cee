// Chinese: Noto Sans SC cut at build time to the characters the deck shows (`npm run fonts`, scripts/fonts/noto.ts):
// per weight one file for the covers' characters and one for the rest, with disjoint unicode-ranges, so slide 1
// downloads ~7 KB per weight it uses. Regular and bold (headings, **strong**) cover what the slides use. The same CSS
// holds the symbols Inter lacks (✓ ✗ ◐ → ← ≈ ‰), <1–3 KB files fetched only where a slide shows one.
// Loaded from setup/main.ts rather than styles/index.ts: the English deck's first slide shows no Chinese.
import './fonts/noto-sc.css'
