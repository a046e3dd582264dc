#!/usr/bin/env node
// Builds gb2260.tsv and gb4754-2017.tsv from unpacked npm packages. See README.md beside this file.
//
//   node build-tables.mjs <gb2260> <gb-t-2260> <administrative-division-cn> <element-china-category-data> [out-dir]
//
// Each argument is the `package` folder of the package's unpacked tarball (`npm pack NAME@VERSION`, then
// `tar xzf NAME-VERSION.tgz`). The versions are checked: a different version stops the script, so a
// regeneration from newer data is a deliberate edit of EXPECTED below and of README.md.
// Only node's standard library is used; the output is byte-for-byte reproducible.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED = {
  gb2260: '0.6.0',
  'gb-t-2260': '1.0.0',
  'administrative-division-cn': '0.2.1',
  'element-china-category-data': '1.0.4',
};

const args = process.argv.slice(2);
if (args.length < 4 || args.length > 5) {
  console.error('usage: node build-tables.mjs <gb2260> <gb-t-2260> <administrative-division-cn> <element-china-category-data> [out-dir]');
  process.exit(2);
}
const [gb2260Dir, gbt2260Dir, adcnDir, industryDir] = args.slice(0, 4).map((p) => resolve(p));
const outDir = resolve(args[4] ?? dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);

function checkPackage(dir, name) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.name !== name || pkg.version !== EXPECTED[name]) {
    throw new Error(`${dir}: expected ${name}@${EXPECTED[name]}, found ${pkg.name}@${pkg.version}`);
  }
}

// Ordinal comparison, the order the C# side and `LC_ALL=C sort` use.
const byOrdinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function writeTsv(file, header, rows) {
  for (const row of rows) {
    for (const cell of row) {
      if (/[\t\r\n]/.test(cell)) {
        throw new Error(`${file}: a cell holds a tab or line break: ${JSON.stringify(cell)}`);
      }
    }
  }
  const text = [header, ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
  writeFileSync(join(outDir, file), text, 'utf8');
}

// ---------------------------------------------------------------------------------------------------------------
// GB/T 2260: one snapshot per published list, oldest first.

checkPackage(gb2260Dir, 'gb2260');
checkPackage(gbt2260Dir, 'gb-t-2260');
checkPackage(adcnDir, 'administrative-division-cn');

const snapshots = [];
// gb2260: lib/<yyyyMM>.json, one object code -> name per revision named in lib/revisions.json. The package's
// hongkong-201512.json and macao-201512.json are not GB/T 2260 lists (the national list stops at 810000/820000)
// and are not read.
for (const rev of JSON.parse(readFileSync(join(gb2260Dir, 'lib', 'revisions.json'), 'utf8'))) {
  snapshots.push({ rev, source: 'gb2260', codes: JSON.parse(readFileSync(join(gb2260Dir, 'lib', `${rev}.json`), 'utf8')) });
}
// gb-t-2260: resources/gb-t-2260.json, built by its scripts/raw-build.php from the Ministry's list of January 2018.
snapshots.push({ rev: '201801', source: 'gb-t-2260', codes: JSON.parse(readFileSync(join(gbt2260Dir, 'resources', 'gb-t-2260.json'), 'utf8')) });
// administrative-division-cn: the exported array dataOf202011 ({code, name}), the Ministry's list of November 2020.
{
  const adcn = require(join(adcnDir, 'dist', 'administrative-division-cn.cjs.production.min.js'));
  snapshots.push({ rev: '202011', source: 'administrative-division-cn', codes: Object.fromEntries(adcn.dataOf202011.map((d) => [d.code, d.name])) });
}
snapshots.sort((a, b) => byOrdinal(a.rev, b.rev));
const latest = snapshots[snapshots.length - 1].rev;

// Summary codes (汇总码) are lines of the list, not administrative units: 市辖区 under a prefecture (xxyy01) or a
// municipality (xx0100), 县 and 市 under a municipality (xx0200, xx0300), and 省/自治区直辖县级行政区划 (xx9000).
// They are lines of the list, not regions, and the Ministry's later lists drop them, so they are left out.
function isSummary(code, name) {
  return name === '市辖区' || name === '县' || name === '市'
    || (code.endsWith('01') && name.endsWith('市辖区'))
    || /^\d\d9000$/.test(code);
}

const regions = new Map(); // code -> { names: [[rev, name]], revs: [rev] }
let summaries = 0;
for (const snap of snapshots) {
  for (const [code, rawName] of Object.entries(snap.codes)) {
    const name = String(rawName).trim();
    if (!/^[1-9]\d{5}$/.test(code) || name === '') {
      throw new Error(`${snap.source} ${snap.rev}: unexpected line ${code} ${JSON.stringify(rawName)}`);
    }
    if (isSummary(code, name)) {
      summaries++;
      continue;
    }
    const r = regions.get(code) ?? { names: [], revs: [] };
    r.revs.push(snap.rev);
    r.names.push([snap.rev, name]);
    regions.set(code, r);
  }
}

const levelOf = (code) => (code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'prefecture' : 'county');
const regionRows = [];
let gaps = 0;
for (const code of [...regions.keys()].sort(byOrdinal)) {
  const r = regions.get(code);
  const level = levelOf(code);
  const province = code.slice(0, 2) + '0000';
  const prefecture = code.slice(0, 4) + '00';
  // A county hangs off its prefecture when the table has that prefecture code, otherwise off its province:
  // the districts and counties of the municipalities (11, 12, 31, 50) and the county-level units directly
  // under a province (xx90yy).
  const parent = level === 'province' ? '' : level === 'prefecture' ? province : regions.has(prefecture) ? prefecture : province;
  if (parent !== '' && !regions.has(parent)) {
    throw new Error(`${code}: parent ${parent} is in no list`);
  }
  const first = r.revs[0];
  const last = r.revs[r.revs.length - 1];
  // Listed, dropped, then listed again: the first and last revisions do not bound one unbroken period.
  const spans = snapshots.filter((s) => s.rev >= first && s.rev <= last).length;
  if (spans !== r.revs.length) {
    gaps++;
  }
  const name = r.names[r.names.length - 1][1];
  regionRows.push([code, name, level, parent, last === latest ? 'current' : 'retired', first, last]);
}
writeTsv('gb2260.tsv', 'code\tname\tlevel\tparent\tstatus\tfirst\tlast', regionRows);

const count = (rows, col, value) => rows.filter((r) => r[col] === value).length;
console.log(`gb2260.tsv: ${regionRows.length} codes from ${snapshots.length} lists (${snapshots[0].rev}..${latest}), ${summaries} summary lines left out`);
for (const level of ['province', 'prefecture', 'county']) {
  const rows = regionRows.filter((r) => r[2] === level);
  console.log(`  ${level}: ${rows.length} (${count(rows, 4, 'current')} current, ${count(rows, 4, 'retired')} retired)`);
}
console.log(`  codes dropped from a list and listed again later: ${gaps}`);

// ---------------------------------------------------------------------------------------------------------------
// GB/T 4754-2017.

checkPackage(industryDir, 'element-china-category-data');
// src/data.js: module.exports = { "0": {letter: name}, letter: {division: name}, division: {group: name}, group: {class: name} }.
const tree = require(join(industryDir, 'src', 'data.js'));

// Mechanical normalisation only: surrounding white space, and ASCII parentheses written as the full-width ones
// the standard uses (the source mixes both, even within one name).
const normalise = (name) => String(name).trim().replaceAll('(', '（').replaceAll(')', '）');

const industryRows = [];
let derived = 0;
const children = (code) => Object.entries(tree[code] ?? {});
for (const [section, sectionName] of children('0')) {
  if (!/^[A-T]$/.test(section)) throw new Error(`unexpected section ${section}`);
  industryRows.push([section, normalise(sectionName), 'section', '', '']);
  for (const [division, divisionName] of children(section)) {
    if (!/^\d{2}$/.test(division)) throw new Error(`unexpected division ${division}`);
    industryRows.push([division, normalise(divisionName), 'division', section, '']);
    let groups = children(division);
    if (groups.length === 0) {
      // The standard codes a division that is not subdivided with a 0 appended (and its class with 00).
      groups = [[division + '0', divisionName, 'derived']];
    }
    for (const [group, groupName, note = ''] of groups) {
      if (!/^\d{3}$/.test(group) || !group.startsWith(division)) throw new Error(`unexpected group ${group} under ${division}`);
      if (note !== '') derived++;
      industryRows.push([group, normalise(groupName), 'group', division, note]);
      const classes = children(group);
      if (classes.length === 0) {
        // The source lists no class under a group that is not subdivided; the standard gives that class the
        // group's code with a 0 appended and the group's name (e.g. 0610 烟煤和无烟煤开采洗选 under 061).
        derived++;
        industryRows.push([group + '0', normalise(groupName), 'class', group, 'derived']);
      }
      for (const [cls, className] of classes) {
        if (!/^\d{4}$/.test(cls) || !cls.startsWith(group)) throw new Error(`unexpected class ${cls} under ${group}`);
        industryRows.push([cls, normalise(className), 'class', group, '']);
      }
    }
  }
}
// Errata: two places where the source departs from the standard's own numbering, corrected from the text of
// GB/T 4754-2017 (the published standard), never from any other table; the note column marks each row 'erratum'.
// - 203 木质制品制造 ends, as every group that has one, with its 其他 class numbered 9: 2039, not the source's 2038.
// - 40 仪器仪表制造业 has group 403 钟表与计时仪器制造 with its one class 4030; the source leaves both out.
const erratumAt = (code) => industryRows.findIndex((r) => r[0] === code);
if (erratumAt('2038') < 0 || erratumAt('2039') >= 0 || erratumAt('403') >= 0) throw new Error('the source no longer has the errata this script corrects; review them');
industryRows[erratumAt('2038')] = ['2039', industryRows[erratumAt('2038')][1], 'class', '203', 'erratum'];
industryRows.push(['403', '钟表与计时仪器制造', 'group', '40', 'erratum']);
industryRows.push(['4030', '钟表与计时仪器制造', 'class', '403', 'erratum']);

const reached = new Set(industryRows.map((r) => r[0]));
for (const key of Object.keys(tree)) {
  if (key !== '0' && !reached.has(key)) throw new Error(`source key ${key} is reached from no section`);
}
reached.add('2038'); // the source's code, corrected above
if (new Set(industryRows.map((r) => r[0])).size !== industryRows.length) throw new Error('a code appears twice');
industryRows.sort((a, b) => byOrdinal(a[0], b[0]));
writeTsv('gb4754-2017.tsv', 'code\tname\tlevel\tparent\tnote', industryRows);

console.log(`gb4754-2017.tsv: ${industryRows.length} codes, ${derived} derived`);
for (const level of ['section', 'division', 'group', 'class']) {
  console.log(`  ${level}: ${count(industryRows, 2, level)}`);
}
