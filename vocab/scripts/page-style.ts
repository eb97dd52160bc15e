/** CSS of the vocabulary page: readable, printable, no external resources. */
export const PAGE_STYLE = `
:root { color-scheme: light dark; --fg: #1d1d1f; --bg: #fdfdfc; --muted: #5c5c66; --line: #d9d9de; --accent: #0b6b50; --code: #f2f2ef; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececef; --bg: #17181a; --muted: #a4a4ad; --line: #34353a; --accent: #6fd3ad; --code: #222326; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; font: 1rem/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
pre { background: var(--code); padding: 0.75rem 1rem; overflow-x: auto; border-radius: 6px; }
header h1 { margin-bottom: 0; }
.subtitle { margin: 0; color: var(--muted); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
nav { border-block: 1px solid var(--line); padding-block: 0.5rem; }
nav p { margin: 0.25rem 0; }
nav a { margin-right: 0.4rem; }
section > h2 { border-bottom: 2px solid var(--accent); padding-bottom: 0.25rem; margin-top: 2.5rem; }
article.term, article.example { border-bottom: 1px solid var(--line); padding-block: 0.75rem; }
article:target, li:target { outline: 2px solid var(--accent); outline-offset: 4px; }
h3 { margin: 0.25rem 0; }
.anchor { text-decoration: none; }
.kind { font-size: 0.8rem; font-weight: normal; color: var(--muted); }
.iri { margin: 0; color: var(--muted); }
table.texts { border-collapse: collapse; margin: 0.5rem 0; width: 100%; }
table.texts th { text-align: left; color: var(--muted); font-weight: normal; width: 2.5rem; vertical-align: top; }
table.texts td { padding: 0.15rem 0.5rem; vertical-align: top; }
table.texts td:first-of-type { width: 14rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.25rem 0; }
dt { color: var(--muted); }
dd { margin: 0; }
ul.values { list-style: none; padding-left: 0; }
ul.values > li { border-top: 1px dashed var(--line); padding-top: 0.4rem; margin-top: 0.4rem; }
dl.reused { grid-template-columns: 1fr; }
dl.reused dd { margin-bottom: 0.6rem; }
@media print { nav { display: none; } a { color: inherit; } }
`;
