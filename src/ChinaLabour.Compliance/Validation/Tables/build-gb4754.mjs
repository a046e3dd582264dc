#!/usr/bin/env node
// Builds gb4754-2017.tsv from an unpacked npm package. See README.md beside this file (gb2260.tsv is built by
// build-gb2260.py).
//
//   node build-gb4754.mjs <element-china-category-data> [out-dir]
//
// The argument is the `package` folder of the package's unpacked tarball (`npm pack NAME@VERSION`, then
// `tar xzf NAME-VERSION.tgz`). The version is checked: a different version stops the script, so a
// regeneration from newer data is a deliberate edit of EXPECTED below and of README.md.
// Only node's standard library is used; the output is byte-for-byte reproducible.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const EXPECTED = {
  'element-china-category-data': '1.0.4',
};

const args = process.argv.slice(2);
if (args.length < 1 || args.length > 2) {
  console.error('usage: node build-gb4754.mjs <element-china-category-data> [out-dir]');
  process.exit(2);
}
const industryDir = resolve(args[0]);
const outDir = resolve(args[1] ?? dirname(fileURLToPath(import.meta.url)));
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

const count = (rows, col, value) => rows.filter((r) => r[col] === value).length;
console.log(`gb4754-2017.tsv: ${industryRows.length} codes, ${derived} derived`);
for (const level of ['section', 'division', 'group', 'class']) {
  console.log(`  ${level}: ${count(industryRows, 2, level)}`);
}
