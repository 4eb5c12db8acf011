// Lighthouse over a list of pages in one headless Chromium, for bench/lighthouse/run (which starts the portal
// and signs in). Usage: node audit.mjs <pages.tsv> <report dir>
// Each line of pages.tsv: label <TAB> language <TAB> absolute URL <TAB> Cookie header value or "-" <TAB> expected
// HTTP status. Prints one line per page on stdout: label, language, the four scores (0-100), the status the
// page answered; and the audits that cost points on stderr. Each page's full JSON report is written to
// <report dir> (kept by the run script only when something scored below 100).
// Lighthouse's defaults otherwise: mobile form factor, simulated throttling (Lantern), all four categories.
import fs from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [pagesFile, reportDir] = process.argv.slice(2);
if (!pagesFile || !reportDir) {
  console.error('usage: node audit.mjs <pages.tsv> <report dir>');
  process.exit(2);
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// The machine's network is closed: without these Chromium waits on refused connections (updates, sync, ...).
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps',
  '--disable-extensions'];

const pages = fs.readFileSync(pagesFile, 'utf8').split('\n').filter(line => line.trim() !== '')
  .map(line => {
    const [label, language, url, cookie, status] = line.split('\t');
    return {label, language, url, cookie: cookie === '-' ? '' : cookie, status: Number(status || 200)};
  });
fs.mkdirSync(reportDir, {recursive: true});

// One fresh Chromium (a new temporary profile) per page: a page's own cookies (the CSRF token, the language) stay in
// the browser's jar, and from the next page on the browser's Cookie header would replace the extra one that
// carries the session; a fresh profile starts every page with an empty jar.
const launch = () => chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: CHROME_FLAGS,
  logLevel: 'silent',
});
let chrome;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    Promise.resolve(chrome?.kill()).finally(() => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
  });
}
let failures = 0;
// The signed-in pages first (they change most often), the lines printed in the list's order at the end.
const lines = new Array(pages.length);
const order = [...pages.keys()].sort((a, b) => Number(!pages[a].cookie) - Number(!pages[b].cookie) || a - b);
for (const index of order) {
  const page = pages[index];
  chrome = await launch();
  try {
    const flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
      // Audits that weigh nothing in any score but cost seconds per page on a loaded machine: the back/forward
      // cache test (navigates away and back) and the full-page screenshot.
      skipAudits: ['bf-cache'],
      disableFullPageScreenshot: true,
      extraHeaders: page.cookie ? {Cookie: page.cookie} : undefined,
      // The error page answers 404 on purpose: audit it instead of stopping at the status.
      ignoreStatusCode: page.status !== 200,
    };
    let result;
    try {
      result = await lighthouse(page.url, flags);
    } catch (error) {
      console.error(`${page.label} ${page.language}: Lighthouse failed: ${error.message}`);
      lines[index] = [page.label, page.language, '-', '-', '-', '-', 'error'].join('\t');
      failures++;
      continue;
    }
    const lhr = result.lhr;
    const file = path.join(reportDir, `${String(index).padStart(2, '0')}-${page.label.replace(/[^A-Za-z0-9]+/g, '_')}-`
      + `${page.language}.json`);
    fs.writeFileSync(file, result.report);
    const scores = CATEGORIES.map(id => lhr.categories[id].score === null ? null
      : Math.round(lhr.categories[id].score * 100));
    const mainStatus = lhr.audits['http-status-code']?.displayValue || '';
    // A signed-in page that lost its session ends on /login: that is not the page meant, whatever it scores.
    const redirected = new URL(lhr.finalDisplayedUrl).pathname !== new URL(page.url).pathname;
    const answered = lhr.runtimeError ? `runtime error ${lhr.runtimeError.code}`
      : redirected ? `redirected to ${new URL(lhr.finalDisplayedUrl).pathname}` : (mainStatus || 'ok');
    lines[index] = [page.label, page.language, ...scores.map(s => s === null ? '-' : s), answered].join('\t');
    if (lhr.runtimeError) {
      console.error(`${page.label} ${page.language}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    for (const warning of lhr.runWarnings || []) {
      console.error(`${page.label} ${page.language}: warning: ${warning}`);
    }
    for (const id of CATEGORIES) {
      for (const ref of lhr.categories[id].auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          const items = (audit.details?.items || []).slice(0, 5).map(item =>
            item.node?.snippet || item.source?.url || item.source || item.url || item.description
              || JSON.stringify(item).slice(0, 160));
          console.error(`${page.label} ${page.language}: ${id}: ${ref.id} (${audit.score})`
            + `${audit.displayValue ? ' ' + audit.displayValue : ''}${items.length ? ': ' + items.join(' | ') : ''}`);
        }
      }
    }
    // A page that must answer an error status (the 404 page) fails "http-status-code" by design: a search
    // engine must not index it. Every other audit must pass there too.
    const expectedStatusFailure = page.status !== 200 && lhr.audits['http-status-code']?.displayValue === String(page.status);
    const seoOtherwisePasses = lhr.categories.seo.auditRefs.every(ref => ref.weight === 0 || ref.id === 'http-status-code'
      || lhr.audits[ref.id].score === null || lhr.audits[ref.id].score === 1);
    const ok = !lhr.runtimeError && !redirected && scores.slice(0, 3).every(s => s === 100)
      && (page.status === 200 ? scores[3] === 100 : expectedStatusFailure && seoOtherwisePasses);
    if (!ok) {
      failures++;
    }
  } finally {
    await Promise.resolve(chrome.kill());
  }
}
for (const line of lines) {
  if (line) console.log(line);
}
process.exitCode = failures ? 1 : 0;
