#!/usr/bin/env python3
"""Builds gb2260.tsv from the data files of the public repository yescallop/areacodes. See README.md beside this file.

    python3 build-gb2260.py <areacodes-repository> [out-file]

<areacodes-repository> is a clone of https://github.com/yescallop/areacodes (bare or not); the data is read with
`git show` at the commit pinned in COMMIT below, whatever is checked out, so a regeneration from newer data is a
deliberate edit of COMMIT and of README.md. [out-file] defaults to gb2260.tsv beside this script.

Files read at that commit:
  result.csv     one record per code and name: the code, the names of its province and prefecture, its name,
                 level, status (在用/变更/弃用), the years it was in use from (inclusive) and until (exclusive), and
                 the codes its area went to (新代码)
  data/<yyyy>.txt  the Ministry's list of each year, as of 31 December, one `code name` a line (1981 to the latest)
  LICENSE        checked to be CC0 1.0
Every record of result.csv is checked against the yearly lists: each list must hold exactly the codes and names
of the records in use that year, and a record's prefecture (二级行政区) must be in the lists, under that name, in
every year of the record, or in none of them when the record says 直辖.

Only Python's standard library and git are used; the output is byte-for-byte reproducible.
"""

import csv
import hashlib
import io
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPOSITORY = "https://github.com/yescallop/areacodes"
COMMIT = "eed219a0678d36bacaa717f62443b10e869f0291"  # 2025-11-04, 更新部分批复全文
FIRST_YEAR = 1981

RESULT_HEADER = ["代码", "一级行政区", "二级行政区", "名称", "级别", "状态", "启用时间", "变更/弃用时间", "新代码"]
TABLE_HEADER = ["code", "name", "level", "parent", "status", "since", "until", "successors"]
LEVELS = {"省级": "province", "地级": "prefecture", "县级": "county"}


def fail(message):
    sys.exit(f"build-gb2260: {message}")


def git(repo, *args):
    done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    if done.returncode != 0:
        fail(f"git {' '.join(args)}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def show(repo, path):
    return git(repo, "show", f"{COMMIT}:{path}").decode("utf-8")


def level_of(code):
    return "province" if code.endswith("0000") else "prefecture" if code.endswith("00") else "county"


def read_lists(repo):
    """data/<yyyy>.txt -> {year: {code: name}}, the years contiguous from FIRST_YEAR."""
    names = git(repo, "ls-tree", "--name-only", f"{COMMIT}:data").decode("utf-8").split()
    years = sorted(int(m.group(1)) for n in names if (m := re.fullmatch(r"(\d{4})\.txt", n)))
    if len(years) != len(names) or years != list(range(FIRST_YEAR, years[-1] + 1)):
        fail(f"data/ should hold <yyyy>.txt for every year from {FIRST_YEAR}: {names}")
    lists = {}
    for year in years:
        codes = {}
        for number, line in enumerate(show(repo, f"data/{year}.txt").split("\n"), 1):
            if line == "":
                continue
            m = re.fullmatch(r"([1-9]\d{5}) (\S+)", line)
            if not m or m.group(1) in codes:
                fail(f"data/{year}.txt:{number}: unexpected or repeated line {line!r}")
            codes[m.group(1)] = m.group(2)
        lists[year] = codes
    return lists


def read_records(repo):
    text = show(repo, "result.csv").removeprefix("\ufeff")
    if '"' in text or "\t" in text or "\r" in text:
        fail("result.csv holds a quote, tab or carriage return; this script reads plain cells only")
    rows = list(csv.reader(io.StringIO(text)))
    if rows[0] != RESULT_HEADER:
        fail(f"result.csv: unexpected header {rows[0]}")
    records = []
    for number, row in enumerate(rows[1:], 2):
        if len(row) != len(RESULT_HEADER):
            fail(f"result.csv:{number}: expected {len(RESULT_HEADER)} cells, found {len(row)}")
        code, province, prefecture, name, level, status, since, until, successors = row
        if not re.fullmatch(r"[1-9]\d{5}", code) or name == "" or LEVELS.get(level) != level_of(code):
            fail(f"result.csv:{number}: bad code, name or level: {row}")
        if not re.fullmatch(r"\d{4}", since) or not re.fullmatch(r"(\d{4})?", until):
            fail(f"result.csv:{number}: bad years: {row}")
        since = int(since)
        until = int(until) if until else None
        if until is not None and until <= since:
            fail(f"result.csv:{number}: until before since: {row}")
        if (status == "在用") != (until is None) or status not in ("在用", "变更", "弃用"):
            fail(f"result.csv:{number}: status {status} does not fit the years: {row}")
        succ = []
        for token in successors.split(";") if successors else []:
            m = re.fullmatch(r"([1-9]\d{5})(?:\[(\d{4})\])?", token)
            if not m:
                fail(f"result.csv:{number}: bad successor {token!r}")
            succ.append((m.group(1), int(m.group(2)) if m.group(2) else None))
        records.append({
            "line": number, "code": code, "province": province, "prefecture": prefecture, "name": name,
            "level": LEVELS[level], "status": status, "since": since, "until": until, "successors": succ,
        })
    return records


def main(argv):
    if len(argv) not in (2, 3):
        fail("usage: python3 build-gb2260.py <areacodes-repository> [out-file]")
    repo = Path(argv[1])
    out = Path(argv[2]) if len(argv) == 3 else Path(__file__).resolve().with_name("gb2260.tsv")
    if git(repo, "rev-parse", f"{COMMIT}^{{commit}}").decode().strip() != COMMIT:
        fail(f"{repo} does not have commit {COMMIT}")
    if not show(repo, "LICENSE").startswith("Creative Commons Legal Code\n\nCC0 1.0 Universal\n"):
        fail("LICENSE is no longer CC0 1.0; review the licence before building")

    lists = read_lists(repo)
    latest = max(lists)
    records = read_records(repo)

    # Each yearly list holds exactly the records in use that year; no code is in use twice in one year.
    by_code = defaultdict(list)
    for r in records:
        by_code[r["code"]].append(r)
    for year, listed in lists.items():
        in_use = {}
        for r in records:
            if r["since"] <= year and (r["until"] is None or year < r["until"]):
                if r["code"] in in_use:
                    fail(f"result.csv:{r['line']}: {r['code']} has two records in use in {year}")
                in_use[r["code"]] = r["name"]
        if in_use != listed:
            diff = sorted(set(in_use.items()) ^ set(listed.items()))
            fail(f"data/{year}.txt and the records of result.csv in use that year differ: {diff[:10]}")
    for r in records:
        if not FIRST_YEAR <= r["since"] <= latest or (r["until"] is not None and r["until"] > latest):
            fail(f"result.csv:{r['line']}: years outside the lists {FIRST_YEAR}..{latest}")

    # The record a code's periods end with is 在用 or 弃用; the earlier ones are 变更 (the code carried on under
    # another name, or under a renamed parent, or was given up and later used again).
    for code, rs in by_code.items():
        rs.sort(key=lambda r: r["since"])
        for r in rs[:-1]:
            if r["status"] != "变更":
                fail(f"result.csv:{r['line']}: {code} has later records but is {r['status']}")
        if rs[-1]["status"] == "变更":
            fail(f"result.csv:{rs[-1]['line']}: {code}'s last record is 变更")

    def years(r):
        return range(r["since"], (r["until"] or latest + 1))

    # Parent: a prefecture's province; a county's prefecture when the record names one (it is then in every
    # list of the record's years under that name), else its province (直辖: no xxyy00 code in any of those years).
    rows = []
    for r in records:
        code = r["code"]
        province = code[:2] + "0000"
        prefecture = code[:4] + "00"
        if r["level"] == "province":
            parent = ""
        elif r["level"] == "prefecture":
            parent = province
            if r["prefecture"] != r["name"]:
                fail(f"result.csv:{r['line']}: a prefecture's 二级行政区 should be its name")
        elif r["prefecture"] == "直辖":
            parent = province
            if level_of(prefecture) == "prefecture" and any(prefecture in lists[y] for y in years(r)):
                fail(f"result.csv:{r['line']}: 直辖, but {prefecture} is listed in the record's years")
        else:
            parent = prefecture
            if level_of(prefecture) != "prefecture" or any(lists[y].get(prefecture) != r["prefecture"] for y in years(r)):
                fail(f"result.csv:{r['line']}: {prefecture} is not {r['prefecture']} in every year of the record")
        if parent and any(province not in lists[y] for y in years(r)):
            fail(f"result.csv:{r['line']}: province {province} is not listed in every year of the record")
        # One record of the parent spans the record's years: the reader composes names from it.
        if parent and not any(p["since"] <= r["since"] and (p["until"] is None or (r["until"] is not None and r["until"] <= p["until"]))
                              for p in by_code[parent]):
            fail(f"result.csv:{r['line']}: no one record of {parent} spans the record's years")

        successors = []
        for succ, year in r["successors"]:
            if succ not in by_code:
                fail(f"result.csv:{r['line']}: successor {succ} is no code of the table")
            if year is not None and not (r["since"] < year and (r["until"] is None or year < r["until"])):
                fail(f"result.csv:{r['line']}: successor {succ} [{year}] outside the record's years")
            successors.append(succ if year is None else f"{succ}[{year}]")
        rows.append([
            code, r["name"], r["level"], parent, "current" if r["until"] is None else "retired",
            str(r["since"]), "" if r["until"] is None else str(r["until"]), " ".join(successors),
        ])

    # The C# reader takes the latest year any row names as the as-of year: it must be the latest list.
    if max(max(r["since"], r["until"] or 0) for r in records) != latest:
        fail(f"no record starts or ends in {latest}, the latest list; the as-of year could not be read from the table")

    rows.sort(key=lambda row: (row[0], int(row[5])))
    text = "\n".join("\t".join(row) for row in [TABLE_HEADER, *rows]) + "\n"
    out.write_bytes(text.encode("utf-8"))

    print(f"{out.name}: {len(rows)} periods of {len(by_code)} codes, lists {FIRST_YEAR}..{latest}, {REPOSITORY} at {COMMIT}")
    counts = Counter((row[2], row[4]) for row in rows)
    codes = Counter((level_of(c), "current" if rs[-1]["until"] is None else "retired") for c, rs in by_code.items())
    for level in ("province", "prefecture", "county"):
        print(f"  {level}: codes {codes[level, 'current']} current + {codes[level, 'retired']} retired;"
              f" periods {counts[level, 'current']} current + {counts[level, 'retired']} retired")
    multi = [c for c, rs in by_code.items() if len(rs) > 1]
    renamed = [c for c in multi if len({r["name"] for r in by_code[c]}) > 1]
    gaps = [c for c in multi if any(a["until"] != b["since"] for a, b in zip(by_code[c], by_code[c][1:]))]
    print(f"  codes with more than one period: {len(multi)}; under more than one name: {len(renamed)};"
          f" out of use between two periods: {len(gaps)} ({' '.join(gaps)})")
    print(f"  sha256 {hashlib.sha256(text.encode('utf-8')).hexdigest()}")


if __name__ == "__main__":
    main(sys.argv)
