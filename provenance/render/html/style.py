"""The pages' style sheets: shared base, article highlights and cards, report charts; responsive and print rules.

Colours follow the terminal view (cyan: who speaks, yellow: wording to check, red: an unnamed source,
blue: a party not heard, magenta: relays), and every kind also differs in shape (underline, weight,
italic) so the highlights survive greyscale printing and colour blindness.
"""

from __future__ import annotations

BASE_CSS = """
:root{--fg:#1d2125;--dim:#5f6b76;--bg:#fff;--panel:#f6f7f9;--line:#d9dee3;--accent:#1a56db;
--cue:#006c7a;--relay:#8a2a84;--loaded:#ffe27a;--anon:#ffd1d1;--anonline:#c0262d;--reply:#cfe0ff;--replyline:#1d4ed8}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--fg);background:var(--bg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.wrap{max-width:1240px;margin:0 auto;padding:0 20px 48px}
.top{border-bottom:1px solid var(--line);padding:14px 0 10px;margin-bottom:16px}
.top h1{font-size:1rem;margin:0;letter-spacing:.02em;color:var(--dim);font-weight:600}
h2{font-size:1.45rem;line-height:1.25;margin:.2em 0 .3em}
h3{font-size:1.05rem;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:1px solid var(--line)}
.dim{color:var(--dim)}
code{font:.85em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
.cp{font:600 .72em ui-monospace,monospace;color:#fff;background:#b42318;border-radius:3px;padding:0 .25em;
margin:0 .1em;white-space:nowrap;font-style:normal}
table{border-collapse:collapse;width:100%;font-size:.92rem;margin:.4em 0 1em}
caption{text-align:left;font-weight:600;padding:.3em 0;color:var(--dim)}
th,td{text-align:left;vertical-align:top;padding:.35em .5em;border-bottom:1px solid var(--line)}
th{font-weight:600;background:var(--panel)}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto}
.badge{display:inline-block;font-size:.78em;font-weight:600;padding:.05em .45em;border-radius:1em;
background:var(--panel);border:1px solid var(--line);white-space:nowrap}
.badge.state{background:#f3e1f1;border-color:#c98bc4;color:#6b1f66}
.badge.anon{background:var(--anon);border-color:var(--anonline);color:#8f1a20}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:640px){.wrap{padding:0 12px 32px}h2{font-size:1.2rem}table{font-size:.85rem}
th,td{padding:.3em .35em}}
@media print{body{font-size:11pt}.wrap{max-width:none;padding:0}a{color:inherit;text-decoration:none}
h3{break-after:avoid}tr,li{break-inside:avoid}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""

ARTICLE_CSS = (
    BASE_CSS
    + """
.counts{color:var(--dim);margin:.2em 0}
.path{font:.85rem ui-monospace,monospace;color:var(--dim);overflow-wrap:anywhere}
.warn{color:#8a5a00}
.filters{position:sticky;top:0;z-index:5;background:rgba(255,255,255,.96);border-bottom:1px solid var(--line);
padding:8px 0;margin-bottom:12px;display:flex;flex-wrap:wrap;gap:6px 6px;align-items:center;border:0}
.filters legend{float:left;font-weight:600;font-size:.9rem;margin-right:4px;padding:0}
.chip{display:inline-flex;align-items:center;gap:4px;font-size:.82rem;padding:1px 7px 1px 4px;
border:1px solid var(--line);
border-radius:1em;cursor:pointer;background:#fff}
.chip input{margin:0;accent-color:var(--accent)}
.chip .n{color:var(--dim);font-size:.8em}
.chip mark{padding:0 .2em}
.doc{margin-bottom:40px}
.key{margin:0 0 12px;font-size:.9rem}.key summary{cursor:pointer;color:var(--accent)}
.key dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:3px 12px;margin:.4em 0}
.key dd{margin:0;color:var(--dim)}.key p{margin:.4em 0;color:var(--dim)}
.contents{margin:0 0 16px}.contents ol{margin:.2em 0;padding-left:1.6em}
.layout{display:grid;grid-template-columns:minmax(0,1fr);gap:8px 36px}
@media (min-width:1000px){.layout{grid-template-columns:minmax(0,3fr) minmax(300px,2fr)}
.layout aside{position:sticky;top:100px;align-self:start;max-height:calc(100vh - 112px);overflow:auto}}
.article{white-space:pre-wrap;overflow-wrap:break-word;font:1.08rem/1.72 Georgia,"Times New Roman",serif;margin:0}
.article.prose{white-space:pre-line}
mark{background:none;color:inherit;padding:0;border-radius:2px}
mark[tabindex]{cursor:help}
.k-hd{font-weight:700;font-size:1.12em}
.k-bp{opacity:.55}
.k-content{font-style:italic;background:#eef3f6}
.k-source{color:var(--cue);text-decoration:underline dotted;text-underline-offset:3px}
.k-cue{color:var(--cue);font-weight:700;box-shadow:inset 0 -2px var(--cue)}
.k-relay{background:#f3e1f1;box-shadow:inset 0 -2px var(--relay);font-weight:600}
.k-claim{text-decoration:underline dotted #6b7280;text-underline-offset:3px}
.k-hedge{text-decoration:underline wavy #b7791f;text-underline-offset:3px}
.k-scare{background:#fff1bf;box-shadow:inset 0 -2px #d59f00}
.k-loaded{background:var(--loaded);box-shadow:inset 0 -2px #c99700}
.k-explained{background:#d9f2df}
.k-nocomment{background:#e3ecff;text-decoration:underline double var(--replyline);text-underline-offset:3px}
.k-reply{background:var(--reply);box-shadow:inset 0 -2px var(--replyline);font-weight:600}
.k-anon{background:var(--anon);box-shadow:inset 0 -2px var(--anonline);font-weight:600}
.k-other{outline:1px dashed #6b7280}
sup.ref{display:none;font:600 .62em system-ui,sans-serif;color:var(--dim);margin-left:1px}
ul.tree,ul.tree ul{list-style:none;margin:0;padding-left:1.1em}
ul.tree{padding-left:0}
ul.tree li{position:relative;padding:.25em 0 .25em .9em;border-left:1px solid var(--line)}
ul.tree li:last-child{border-left-color:transparent}
ul.tree li::before{content:"";position:absolute;left:-1px;top:0;width:.75em;height:1.05em;
border-left:1px solid var(--line);
border-bottom:1px solid var(--line)}
ul.tree>li{border-left:0;padding-left:0}
ul.tree>li::before{display:none}
.node{font-size:.95rem}
.node .role{color:var(--dim)}
.node.relay b{color:var(--relay)}
.notes{list-style:none;padding:0;margin:0;display:grid;gap:10px;grid-template-columns:repeat(auto-fill,minmax(280px,1fr))}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fff;font-size:.9rem;
position:relative}
.card[hidden]{display:none}
.card .back{position:absolute;right:10px;top:8px;font-size:.8rem;color:var(--dim)}
.card-head{margin:0 0 .3em;font-weight:600;padding-right:2em}
.card .kind{padding:0 .3em;border-radius:3px}
.card .msg{margin:0 0 .4em}
.card dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 10px;margin:0}
.card dt{color:var(--dim)}
.card dd{margin:0;overflow-wrap:anywhere}
.sev{font-size:.75em;font-weight:600;text-transform:uppercase;color:var(--dim);margin-left:.3em}
.sev-warning{color:#8a5a00}.sev-error{color:#b42318}
#pop{z-index:10}
#pop.float{position:absolute;width:min(420px,calc(100vw - 16px));max-height:75vh;overflow:auto;
box-shadow:0 8px 28px rgba(0,0,0,.22);border-radius:8px}
#pop.sheet{position:fixed;left:0;right:0;bottom:0;max-height:55vh;overflow:auto;box-shadow:0 -6px 24px rgba(0,0,0,.25);
background:#fff;border-top:1px solid var(--line);padding:6px}
#pop .card{margin:0;list-style:none}
#pop .card+.card{margin-top:6px}
#pop.float .card{border-color:#aab4be}
.st{font-weight:700}.st.ok{color:#1a7f37}.st.note{color:var(--replyline)}.st.bad{color:#b42318}
.figures{display:grid;grid-template-columns:max-content max-content;gap:2px 16px;margin:0}
.figures dt{color:var(--dim)}.figures dd{margin:0;font-variant-numeric:tabular-nums}
.term{text-decoration:none;color:inherit;padding:0 .15em}
@media (min-width:641px){table.terms{table-layout:fixed}table.terms th:first-child{width:2.6em}
table.terms th:nth-child(2){width:24%}table.terms th:nth-child(3){width:18%}table.terms th:nth-child(4){width:28%}}
@media (max-width:640px){.filters{position:static;padding:4px 0}.chip{font-size:.8rem}
table.stack thead{display:none}table.stack tr{display:block;padding:.4em 0;border-bottom:1px solid var(--line)}
table.stack td{display:grid;grid-template-columns:7.5em minmax(0,1fr);gap:8px;border:0;padding:.1em 0}
table.stack td::before{content:attr(data-label);color:var(--dim);font-size:.85em}}
@media (min-width:700px){.figures{grid-template-columns:repeat(3,max-content max-content)}}
@media print{.filters,.key,#pop,.back{display:none!important}sup.ref{display:inline}.layout{display:block}
.layout aside{position:static;max-height:none}.notes{display:block}.card{margin-bottom:6px}}
"""
)

REPORT_CSS = (
    BASE_CSS
    + """
h2{margin-top:1.4em;border-bottom:1px solid var(--line);padding-bottom:.2em}
.lead{max-width:62em;color:var(--dim)}
.summary{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:4px 18px;margin:0}
.summary dt{color:var(--dim)}.summary dd{margin:0;font-variant-numeric:tabular-nums}
.charts{display:grid;grid-template-columns:minmax(0,1fr);gap:20px 40px}
@media (min-width:1000px){.charts{grid-template-columns:repeat(2,minmax(0,1fr))}}
figure{margin:0;min-width:0}
figcaption{margin:.2em 0 .6em}
figcaption b{display:block;font-size:1.05rem}
figcaption .dim{display:block;font-size:.88rem}
svg.chart{display:block;width:100%;max-width:540px;height:auto}
svg.chart .lab{font:15px system-ui,sans-serif;fill:#1d2125}
svg.chart .val{font:600 14px system-ui,sans-serif;fill:#5f6b76}
details summary{cursor:pointer;color:var(--accent);font-size:.9rem;margin:.4em 0}
@media (max-width:640px){.summary{grid-template-columns:minmax(0,2fr) minmax(0,3fr);font-size:.9rem}}
@media print{details summary{display:none}figure{break-inside:avoid}}
"""
)
