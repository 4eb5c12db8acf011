// Lighthouse over a list of pages in one headless Chromium, for bench/lighthouse/run (which starts the portal
// and signs in). Usage: node audit.mjs <pages.tsv> <report dir>
// Each line of pages.tsv: label <TAB> language <TAB> absolute URL <TAB> Cookie header value or "-" <TAB> expected
// HTTP status [<TAB> CSS selector of a submit button]. With a selector the page at the URL is loaded first and the
// page audited is the one the button's form answers (a refused form, reached only by a POST): a Lighthouse user
// flow whose one navigation is the click. Prints one line per page on stdout: label, language, the four scores
// (0-100), the status the page answered, the 1-minute load average when its audit began; and the audits that
// cost points on stderr. Each page's full JSON report
// is written to <report dir> (kept by the run script only when something scored below 100).
// Lighthouse's defaults otherwise: mobile form factor, simulated throttling (Lantern), all four categories.
//
// A page that must answer an error status (the 404 page, a refused form's 400) loses two audits because of that
// status alone, and only those are expected there (printed with the reason, not counted as failures):
//   seo: http-status-code        the page answered the expected status: it must stay out of the index;
//   best-practices: errors-in-console   when the console's only errors are Chromium's "Failed to load resource:
//                                the server responded with a status of <status>" for the document itself.
// Anything else below 1 in a category that scored below 100 is a failure, on every row.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, {startFlow} from 'lighthouse';
import puppeteer from 'puppeteer-core';

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
    const [label, language, url, cookie, status, submit] = line.split('\t');
    return {label, language, url, cookie: cookie === '-' ? '' : cookie, status: Number(status || 200),
      submit: submit && submit !== '-' ? submit : ''};
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
// Rows that failed on something other than a performance score (which moves with the machine's load).
let failuresBeyondPerformance = 0;

// The session's cookies into the fresh browser's jar, for a page reached by a click: the extra Cookie header of
// a plain navigation would be replaced by the jar's cookies (the CSRF token, the language) on the form's POST.
async function setCookies(page, url, header) {
  const cookies = header.split(';').map(pair => pair.trim()).filter(pair => pair.includes('='))
    .map(pair => ({name: pair.slice(0, pair.indexOf('=')), value: pair.slice(pair.indexOf('=') + 1), url}));
  if (cookies.length) await page.setCookie(...cookies);
}

// A refused form: load the form, then audit the navigation its submit button starts (a user flow of one step).
async function auditSubmission(page, flags) {
  const browser = await puppeteer.connect({browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null});
  try {
    const tab = await browser.newPage();
    await setCookies(tab, page.url, page.cookie);
    const form = await tab.goto(page.url, {waitUntil: 'load'});
    if (!form || form.status() !== 200) {
      throw new Error(`the form at ${page.url} answered ${form ? form.status() : 'nothing'}`);
    }
    if (!await tab.$(page.submit)) throw new Error(`no ${page.submit} on ${page.url}`);
    const flow = await startFlow(tab, {flags: {...flags, extraHeaders: undefined, disableStorageReset: true}});
    await flow.navigate(async () => {
      await tab.click(page.submit);
    }, {name: `${page.label} ${page.language}`});
    const result = await flow.createFlowResult();
    const lhr = result.steps[0].lhr;
    return {lhr, report: JSON.stringify(lhr, null, 2)};
  } finally {
    await browser.disconnect();
  }
}

// The audits an error status alone explains (see the head of this file), each with its reason.
function expectedFailures(page, lhr) {
  const expected = new Map();
  if (page.status === 200) return expected;
  if (lhr.audits['http-status-code']?.displayValue === String(page.status)) {
    expected.set('http-status-code', `the page answers ${page.status} on purpose (it must stay out of the index)`);
  }
  const documentUrl = (lhr.mainDocumentUrl || lhr.finalDisplayedUrl || '').split('#')[0];
  const errors = lhr.audits['errors-in-console']?.details?.items || [];
  const ownStatus = item => item.source === 'network'
    && String(item.description || '').includes(`status of ${page.status}`)
    && (item.sourceLocation?.url || item.url || '').split('#')[0] === documentUrl;
  if (errors.length && errors.every(ownStatus)) {
    expected.set('errors-in-console', `Chromium logs the document's own ${page.status} status as a console error`);
  }
  return expected;
}

// The signed-in pages first (they change most often), the lines printed in the list's order at the end.
const lines = new Array(pages.length);
const order = [...pages.keys()].sort((a, b) => Number(!pages[a].cookie) - Number(!pages[b].cookie) || a - b);
for (const index of order) {
  const page = pages[index];
  // Performance moves with the machine's load (simulated throttling scales the CPU time really spent): each row
  // says what the load was when its audit began.
  const load = os.loadavg()[0].toFixed(2);
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
      // The error page (404) and refused forms (400) answer so on purpose: audit them instead of stopping there.
      ignoreStatusCode: page.status !== 200,
    };
    let lhr;
    let report;
    try {
      if (page.submit) {
        ({lhr, report} = await auditSubmission(page, flags));
      } else {
        const result = await lighthouse(page.url, flags);
        lhr = result.lhr;
        report = result.report;
      }
    } catch (error) {
      console.error(`${page.label} ${page.language}: Lighthouse failed: ${error.message}`);
      lines[index] = [page.label, page.language, '-', '-', '-', '-', load, 'error'].join('\t');
      failures++;
      failuresBeyondPerformance++;
      continue;
    }
    const file = path.join(reportDir, `${String(index).padStart(2, '0')}-${page.label.replace(/[^A-Za-z0-9]+/g, '_')}-`
      + `${page.language}.json`);
    fs.writeFileSync(file, report);
    const scores = CATEGORIES.map(id => lhr.categories[id].score === null ? null
      : Math.round(lhr.categories[id].score * 100));
    const mainStatus = lhr.audits['http-status-code']?.displayValue || '';
    // A signed-in page that lost its session ends on /login, a form that was accepted on the next page: that is
    // not the page meant, whatever it scores.
    const redirected = new URL(lhr.finalDisplayedUrl).pathname !== new URL(page.url).pathname;
    const statusAudit = lhr.audits['http-status-code'];
    const statusAsExpected = page.status === 200 ? statusAudit?.score === 1 : mainStatus === String(page.status);
    const expected = expectedFailures(page, lhr);
    const answered = lhr.runtimeError ? `runtime error ${lhr.runtimeError.code}`
      : redirected ? `redirected to ${new URL(lhr.finalDisplayedUrl).pathname}`
      : (mainStatus || 'ok') + (expected.size ? ` (expected: ${[...expected.keys()].join(', ')})` : '');
    lines[index] = [page.label, page.language, ...scores.map(s => s === null ? '-' : s), load, answered].join('\t');
    if (lhr.runtimeError) {
      console.error(`${page.label} ${page.language}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    }
    for (const warning of lhr.runWarnings || []) {
      const own = page.status !== 200 && warning.includes(`(Status code: ${page.status})`);
      console.error(`${page.label} ${page.language}: warning: ${warning}${own ? ' -- expected: the status of this row' : ''}`);
    }
    let unexpected = false;
    let unexpectedBeyondPerformance = false;
    CATEGORIES.forEach((id, i) => {
      const failing = lhr.categories[id].auditRefs.filter(ref => ref.weight > 0 && lhr.audits[ref.id].score !== null
        && lhr.audits[ref.id].score < 1);
      for (const ref of failing) {
        const audit = lhr.audits[ref.id];
        const items = (audit.details?.items || []).slice(0, 5).map(item =>
          item.node?.snippet || item.source?.url || item.sourceLocation?.url || item.source || item.url
            || item.description || JSON.stringify(item).slice(0, 160));
        const reason = expected.get(ref.id);
        console.error(`${page.label} ${page.language}: ${id}: ${ref.id} (${audit.score})`
          + `${audit.displayValue ? ' ' + audit.displayValue : ''}${items.length ? ': ' + items.join(' | ') : ''}`
          + (reason ? ` -- expected: ${reason}` : ''));
      }
      if (scores[i] !== 100 && (scores[i] === null || failing.length === 0 || failing.some(ref => !expected.has(ref.id)))) {
        unexpected = true;
        if (id !== 'performance') unexpectedBeyondPerformance = true;
      }
    });
    if (!statusAsExpected) {
      console.error(`${page.label} ${page.language}: answered ${mainStatus || 200}, not ${page.status}`);
    }
    if (lhr.runtimeError || redirected || !statusAsExpected || unexpected) {
      failures++;
      if (lhr.runtimeError || redirected || !statusAsExpected || unexpectedBeyondPerformance) failuresBeyondPerformance++;
    }
  } finally {
    await Promise.resolve(chrome.kill());
  }
}
for (const line of lines) {
  if (line) console.log(line);
}
if (failures) {
  console.error(`rows that fail: ${failures} of ${pages.length}; ${failures - failuresBeyondPerformance} of them on`
    + ` performance alone, ${failuresBeyondPerformance} on accessibility, best practices, SEO, the status or the page`
    + ' reached');
}
process.exitCode = failures ? 1 : 0;
