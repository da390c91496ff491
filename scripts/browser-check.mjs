// The browser half of scripts/browser-check: opens every HTML output in
// headless Chromium and checks what a reader would meet.
//
//   node scripts/browser-check.mjs DIR
//
// DIR holds the HTML files and, beside each inspection report, its JSON
// (NAME.json). For every HTML file it checks:
//   - no horizontal scrolling at a 390 px wide phone screen
//     (document.documentElement.scrollWidth <= 390);
//   - axe-core finds no violation, at 390 px and at 1280 px;
//   - nothing is position: fixed in print (it would cover content);
//   - printed to PDF, every page is A4 (595 x 842 pt, to within a point),
//     the page count is within the bounds below, each page carries its
//     page number ("Page 3 of 24") and a document marked internal carries
//     "INTERNAL: NOT FOR PUBLICATION" on every page;
//   - an inspection report names every priority action (by its requirement,
//     from the JSON) on its first three pages.
// It exits 1 naming every failure, and prints what it measured.

import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Page counts printed on A4, measured on the example bundles on 30 November
// 2026 with Chromium 156, with room for the reports to grow or shrink by
// about a third before the check asks a person to look. A count outside
// its bounds means the print layout changed: look at the PDF, and move the
// bounds only if the new layout is right.
const PAGE_BOUNDS = {
  // name: [fewest, most] pages     measured
  'provider-inspection': [38, 72], // 51
  'provider-self-assessment': [10, 30], // 16
  'authority-inspection': [30, 58], // 43
  'authority-self-assessment': [10, 30], // 15
  'authority-needs-analysis': [2, 5], // 3
  'authority-plan': [2, 5], // 3
  'authority-report': [2, 5], // 3
  'authority-specification': [7, 15], // 11
  'authority-eligibility': [4, 10], // 7
};

const A4 = [595.28, 841.89];

/** A message's value from locales/<lang>/common.ftl (a one-line message). */
function message(lang, id) {
  const ftl = readFileSync(new URL(`../locales/${lang}/common.ftl`, import.meta.url), 'utf8');
  const line = ftl.split('\n').find((l) => l.startsWith(`${id} =`));
  if (!line) throw new Error(`no message ${id} in locales/${lang}/common.ftl`);
  return line.slice(id.length + 2).trim();
}

/** What a printed page of each language must say. Welsh outputs are named cy-…. */
const WORDS = Object.fromEntries(
  ['en', 'cy'].map((lang) => [
    lang,
    {
      tag: lang === 'en' ? 'en-GB' : 'cy',
      page: (p, n) => `${message(lang, 'word-page')} ${p} ${message(lang, 'word-of')} ${n}`,
      internal: message(lang, 'marking-internal'),
    },
  ]),
);

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/browser-check.mjs DIR');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

const failures = [];
const fail = (file, what) => failures.push(`${file}: ${what}`);

/** Text of pages `first`..`last` of a PDF, whitespace collapsed. */
function pdfText(pdf, first, last) {
  const out = execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
  });
  return out.replace(/\s+/g, ' ');
}

/** Every page's size in points, from pdfinfo. */
function pageSizes(pdf) {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '100000', pdf], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
}

async function axe(page, file, width) {
  await page.setViewportSize({ width, height: 900 });
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      count: v.nodes.length,
    }));
  });
  for (const v of violations) {
    fail(file, `axe at ${width} px: ${v.id} (${v.help}) on ${v.count} element(s), e.g. ${v.nodes.join('; ')}`);
  }
}

const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
if (files.length === 0) {
  console.error(`no HTML files in ${dir}`);
  process.exit(2);
}
const profile = mkdtempSync(path.join(tmpdir(), 'ivaudit-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const measured = [];
try {
  for (const file of files) {
    const name = file.replace(/\.html$/, '');
    const lang = name.startsWith('cy-') ? 'cy' : 'en';
    const words = WORDS[lang];
    const started = Date.now();
    const page = await context.newPage();
    const url = pathToFileURL(path.join(dir, file)).href;

    // A phone: nothing scrolls sideways but a table inside its own box.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url, { waitUntil: 'load' });
    const htmlLang = await page.evaluate(() => document.documentElement.lang);
    if (htmlLang !== words.tag) fail(file, `<html lang="${htmlLang}">, not "${words.tag}"`);
    // The words the inspection report's first pages must show, as this
    // report writes them: its priority-action heading and timescale label.
    const headingText = await page.evaluate(
      () => document.getElementById('priority-actions')?.textContent.replace(/\s+/g, ' ').trim() ?? '',
    );
    const timescaleText = await page.evaluate(
      () => document.querySelector('.timescale')?.textContent.replace(/\s+/g, ' ').trim().split(':')[0] ?? '',
    );
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > 390) {
      const culprits = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > 391 && !e.closest('.table-scroll'))
          .slice(0, 5)
          .map((e) => `${e.tagName.toLowerCase()}${e.className ? '.' + e.className : ''}`),
      );
      fail(file, `scrolls sideways at 390 px (scrollWidth ${scrollWidth}): ${culprits.join(', ')}`);
    }
    await axe(page, file, 390);
    await page.reload({ waitUntil: 'load' });
    await axe(page, file, 1280);

    // Print.
    await page.emulateMedia({ media: 'print' });
    const fixed = await page.evaluate(() =>
      [...document.querySelectorAll('body *')].filter((e) => getComputedStyle(e).position === 'fixed').length,
    );
    if (fixed > 0) fail(file, `${fixed} element(s) are position: fixed in print and would cover content`);
    const pdf = path.join(dir, `${name}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.close();

    const sizes = pageSizes(pdf);
    const pages = sizes.length;
    const notA4 = sizes.findIndex(([w, h]) => Math.abs(w - A4[0]) > 1.5 || Math.abs(h - A4[1]) > 1.5);
    if (pages === 0) fail(file, 'the PDF has no pages');
    if (notA4 >= 0) fail(file, `page ${notA4 + 1} is ${sizes[notA4].join(' x ')} pt, not A4 (595 x 842)`);
    // Welsh runs longer than English: up to a third more pages.
    const english = PAGE_BOUNDS[name.replace(/^cy-/, '')];
    const bounds = english && lang === 'cy' ? [english[0], Math.ceil(english[1] * 1.35)] : english;
    if (!bounds) fail(file, 'no page-count bounds are set for it in scripts/browser-check.mjs');
    else if (pages < bounds[0] || pages > bounds[1]) {
      fail(file, `prints to ${pages} pages, outside the ${bounds[0]}-${bounds[1]} expected`);
    }
    const internal = readFileSync(path.join(dir, file), 'utf8').includes('class="internal-banner"');
    for (let p = 1; p <= pages; p++) {
      const text = pdfText(pdf, p, p);
      if (!text.includes(words.page(p, pages))) fail(file, `page ${p} does not say "${words.page(p, pages)}"`);
      if (internal && !text.includes(words.internal)) fail(file, `page ${p} is not marked "${words.internal}"`);
    }

    // The priority actions on the first three pages of an inspection report.
    let priorities = '';
    if (name.endsWith('-inspection')) {
      const json = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8'));
      const wanted = json.findings.filter((f) => f.kind === 'priority_action');
      const first = pdfText(pdf, 1, Math.min(3, pages));
      const heading = headingText ? first.lastIndexOf(headingText) : -1;
      if (heading < 0) fail(file, `the heading "${headingText}" is not on pages 1-3`);
      const section = heading < 0 ? '' : first.slice(heading);
      for (const f of wanted) {
        // A finding on a whole standard has no requirement label; its
        // heading then names the standard, checked in English only.
        const label = f.requirement_label ?? (lang === 'en' ? `Standard ${f.standard_number}` : '');
        if (!section.includes(label)) fail(file, `priority action "${label}" is not on pages 1-3`);
      }
      if (wanted.length > 0 && (!timescaleText || !section.includes(timescaleText))) {
        fail(file, 'no suggested timescale on pages 1-3');
      }
      priorities = `, ${wanted.length} priority action(s) on pages 1-3`;
    }
    measured.push(`${file}: ${pages} A4 pages, ${scrollWidth} px wide at 390${priorities} (${Date.now() - started} ms)`);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

for (const m of measured) console.log(m);
if (failures.length > 0) {
  console.error(`\n${failures.length} failure(s):`);
  for (const f of failures) console.error(`  ${f}`);
  process.exit(1);
}
console.log(`browser check: ${files.length} HTML outputs passed`);
