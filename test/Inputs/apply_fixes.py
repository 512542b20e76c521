#!/usr/bin/env python3
"""Applies every fix lockio offers to a set of translation units and checks
that each result compiles and no longer draws the finding it fixed.

Usage:
  apply_fixes.py --clang-tidy BIN --plugin SO --clangxx BIN
                 [--lit-test FILE ...] [--subst NAME=VALUE ...]
                 [--compile-commands JSON ...]
                 [--tu FLAGS FILE [FILE ...] ...]
                 [--tidy-args ARGS] [--work-dir DIR]

The translation units come from three kinds of input; each FILE may be a
glob pattern, expanded here:
  --lit-test FILE   every `%check_lockio` RUN line of a lit test is one unit,
                    with the clang-tidy arguments and compiler flags written
                    on that line (`%s` is the test file, `%S` its folder, and
                    --subst adds more, such as %mocks=DIR). A file with two
                    such RUN lines is analysed, fixed and compiled twice,
                    once with each line's flags. Lines that expect the input
                    not to compile (--allow-compile-errors, `not`) are left
                    out.
  --compile-commands JSON
                    every entry of a compilation database is one unit, with
                    the flags of its command (output and input removed).
  --tu FLAGS FILE...
                    each FILE is one unit compiled with FLAGS, one string
                    split like a shell would.
Units from the last two kinds are analysed with --tidy-args (by default
`--header-filter=.* --system-headers`, as in the corpus tests).

For each unit, the file and every header it includes by a path relative to
itself (`#include "x.h"` found next to the includer, recursively) are copied
to a folder of their own. clang-tidy then runs on the copy with --fix-notes.
Each `note: release 'LOCK' during the blocking call` it prints is one fix
offered; a fix counts as applied when every replacement clang-tidy made for
its finding was applied (`FIX-IT applied suggested code changes`) and none
failed. The header filter of that run matches the copy's folder alone, so a
fix can never rewrite a library's header; findings inside library headers
are not counted here (the corpus tests themselves show those headers and
expect nothing in them).

When the copy was changed, it is compiled with `clang++ -fsyntax-only` and
the unit's flags, and clang-tidy runs on it once more, this time with the
unit's own arguments. A finding whose last note still says a fix is offered
(`release '...'` or `the fix offered at line N also releases ...`) is a fix
that did not remove its finding. So is one that stays with a `no fix
offered` note instead: the copy must not have more findings without a fix
than before the fixes. An unchanged copy is not compiled again:
the first clang-tidy run already parsed it, and any compiler error there
fails the run.

One line is printed per unit and then the totals:
  fixes offered: N, applied: N, compiled: N of N files, findings left with
  an offered fix: N
where the files are the units whose copy the fixes changed. The exit status
is 1 if any fix was not applied, any changed file fails to compile, any
finding with an offered fix is left, or clang-tidy crashed or reported an
error; the details (compiler errors, the diff of the fixed copy, the
findings left) go to standard error.
"""

import argparse
import difflib
import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

CHECK_NAME = "lockio-blocking-call-under-lock"
DIAG_RE = re.compile(r"^(.*?):(\d+):(\d+): (warning|error|note): (.*)$")
OFFERED_RE = re.compile(r"^release '[^']*' during the blocking call")
COVERED_RE = re.compile(r"^the fix offered at line \d+ also releases ")
SUMMARY_RE = re.compile(r"clang-tidy applied (\d+) of (\d+) suggested fixes")
QUOTED_INCLUDE_RE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.MULTILINE)
DEFAULT_TIDY_ARGS = "--header-filter=.* --system-headers"


class Unit:
    """One translation unit: a file, its label, its flags and its clang-tidy
    arguments."""

    def __init__(self, label, path, flags, tidy_args):
        self.label = label
        self.path = os.path.abspath(path)
        self.flags = flags
        self.tidy_args = tidy_args


def expand(patterns):
    paths = []
    for pattern in patterns:
        matches = sorted(glob.glob(pattern))
        if not matches:
            sys.exit("apply_fixes: no file matches " + pattern)
        paths.extend(matches)
    return paths


def label_of(path):
    """The file's name with the name of its folder, e.g. corpus/x.cpp."""
    path = os.path.abspath(path)
    return os.path.join(os.path.basename(os.path.dirname(path)),
                        os.path.basename(path))


def run_lines(path):
    """The RUN commands of a lit test, continuation lines joined."""
    commands, current = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            match = re.search(r"\bRUN:(.*)$", line)
            if not match:
                continue
            text = match.group(1).strip()
            continued = text.endswith("\\")
            text = text[:-1].strip() if continued else text
            current = text if current is None else current + " " + text
            if not continued:
                commands.append(current)
                current = None
    return commands


def units_from_lit_test(path, substitutions):
    """One unit for each `%check_lockio` RUN line of a lit test."""
    path = os.path.abspath(path)
    found = []
    for command in run_lines(path):
        words = shlex.split(command)
        if not words or words[0] != "%check_lockio":
            continue
        words = words[1:]
        if "--allow-compile-errors" in words or "%s" not in words:
            continue
        # The driver's own options come before %s and %t.
        rest = words[words.index("%s") + 1:]
        if rest[:1] == ["%t"]:
            rest = rest[1:]
        values = dict(substitutions)
        values["%s"] = path
        values["%S"] = os.path.dirname(path)

        def substitute(word):
            for name in sorted(values, key=len, reverse=True):
                word = word.replace(name, values[name])
            if re.search(r"%[A-Za-z{]", word):
                sys.exit("apply_fixes: %s: unknown substitution in %r"
                         % (path, word))
            return word

        rest = [substitute(w) for w in rest]
        if "--" in rest:
            split = rest.index("--")
            tidy_args, flags = rest[:split], rest[split + 1:]
        else:
            tidy_args, flags = rest, []
        if flags[:1] == ["--"]:
            flags = flags[1:]
        found.append((tidy_args, flags))
    units = []
    for number, (tidy_args, flags) in enumerate(found, 1):
        label = label_of(path)
        if len(found) > 1:
            label += " (RUN line %d)" % number
        units.append(Unit(label, path, flags, tidy_args))
    return units


def units_from_database(path, tidy_args):
    """One unit for each entry of a compilation database."""
    with open(path, encoding="utf-8") as f:
        entries = json.load(f)
    units = []
    for entry in entries:
        directory = entry.get("directory", os.path.dirname(path))
        source = os.path.normpath(os.path.join(directory, entry["file"]))
        words = entry.get("arguments") or shlex.split(entry["command"])
        flags, skip = [], False
        for word in words[1:]:
            if skip:
                skip = False
                continue
            if word == "-o":
                skip = True
                continue
            if word in ("-c", "--") or word.startswith("-o"):
                continue
            if os.path.normpath(os.path.join(directory, word)) == source:
                continue
            # Relative include folders are relative to the entry's folder.
            for option in ("-I", "-isystem", "-iquote", "-idirafter"):
                if word.startswith(option) and len(word) > len(option):
                    folder = word[len(option):]
                    word = option + os.path.join(directory, folder)
            flags.append(word)
        units.append(Unit(label_of(source), source, flags, tidy_args))
    return units


def included_files(path):
    """The file and every file it includes by a relative path, found next
    to the includer, recursively."""
    seen, pending = [], [os.path.abspath(path)]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.append(current)
        with open(current, encoding="utf-8", errors="replace") as f:
            text = f.read()
        for name in QUOTED_INCLUDE_RE.findall(text):
            candidate = os.path.normpath(
                os.path.join(os.path.dirname(current), name))
            if os.path.isfile(candidate):
                pending.append(candidate)
    return seen


def copy_unit(unit, folder):
    """Copies the unit's file and its relative includes under folder,
    keeping their relative places, and returns the map original -> copy."""
    files = included_files(unit.path)
    root = os.path.commonpath([os.path.dirname(p) for p in files])
    copies = {}
    for original in files:
        copy = os.path.join(folder, os.path.relpath(original, root))
        os.makedirs(os.path.dirname(copy), exist_ok=True)
        shutil.copyfile(original, copy)
        copies[original] = copy
    return copies


def run(command):
    return subprocess.run(command, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True)


def show(command):
    return " ".join(shlex.quote(c) for c in command)


def clang_tidy(args, source, tidy_args, flags):
    command = [args.clang_tidy, "--load", args.plugin,
               "-checks=-*," + CHECK_NAME, "--quiet", *tidy_args, source,
               "--", *flags]
    result = run(command)
    crashed = "Stack dump" in result.stdout or result.returncode < 0
    return command, result.stdout, crashed


def findings(output):
    """The warnings printed, each as (warning line, [note texts]), with the
    notes that clang-tidy prints about applying fixes kept apart."""
    groups = []
    for line in output.splitlines():
        match = DIAG_RE.match(line)
        if not match:
            continue
        kind, text = match.group(4), match.group(5)
        if kind in ("warning", "error"):
            groups.append({"line": line, "file": match.group(1),
                           "kind": kind, "notes": [], "applied": 0,
                           "failed": 0})
        elif groups and text.startswith("FIX-IT "):
            if text.startswith("FIX-IT applied"):
                groups[-1]["applied"] += 1
            else:
                groups[-1]["failed"] += 1
        elif groups:
            groups[-1]["notes"].append(text)
    return groups


def says_offered(group):
    notes = group["notes"]
    return bool(notes) and (OFFERED_RE.match(notes[-1]) is not None or
                            COVERED_RE.match(notes[-1]) is not None)


def unfixed_in(groups, folder):
    """How many warnings in the copy's folder offer no fix."""
    return sum(1 for g in groups
               if g["kind"] == "warning" and not says_offered(g) and
               os.path.realpath(g["file"]).startswith(folder + os.sep))


def without_header_filter(tidy_args):
    kept = []
    for word in tidy_args:
        name = word.lstrip("-").split("=", 1)[0]
        if name in ("header-filter", "system-headers",
                    "exclude-header-filter"):
            continue
        kept.append(word)
    return kept


def compile_file(args, source, flags):
    command = [args.clangxx, "-fsyntax-only"]
    if source.endswith(".c"):
        command += ["-x", "c"]
    command += [*flags, source]
    result = run(command)
    return command, result.returncode == 0, result.stdout


def report_diff(originals_to_copies):
    for original, copy in originals_to_copies.items():
        with open(original, encoding="utf-8", errors="replace") as f:
            before = f.readlines()
        with open(copy, encoding="utf-8", errors="replace") as f:
            after = f.readlines()
        sys.stderr.writelines(difflib.unified_diff(before, after, original,
                                                   copy))


def check_unit(args, unit, folder, totals):
    """Fixes, compiles and checks one unit; returns False on any failure."""
    copies = copy_unit(unit, folder)
    source = copies[unit.path]
    ok = True

    def problem(message, output=""):
        nonlocal ok
        ok = False
        sys.stderr.write("%s: %s\n%s" % (unit.label, message, output))

    filter_args = without_header_filter(unit.tidy_args) + [
        "--header-filter=^" + re.escape(folder) + "/"]
    command, output, crashed = clang_tidy(
        args, source, ["--fix-notes"] + filter_args, unit.flags)
    if crashed:
        problem("clang-tidy crashed: " + show(command) + "\n", output)
        return False
    groups = findings(output)
    offered = applied = 0
    for group in groups:
        if group["kind"] == "error":
            problem("error reported: " + group["line"] + "\n")
        if not any(OFFERED_RE.match(n) for n in group["notes"]):
            continue
        offered += 1
        if group["applied"] > 0 and group["failed"] == 0:
            applied += 1
        else:
            problem("fix not applied: " + group["line"] + "\n")
    summary = SUMMARY_RE.search(output)
    if summary and summary.group(1) != summary.group(2):
        problem(summary.group(0) + "\n")
    if "failed to apply suggested fixes" in output:
        problem("clang-tidy failed to apply the fixes\n", output)
    totals["offered"] += offered
    totals["applied"] += applied

    changed = {}
    for original, copy in copies.items():
        with open(original, "rb") as a, open(copy, "rb") as b:
            if a.read() != b.read():
                changed[original] = copy
    if not changed:
        print("%s: fixes offered %d, applied %d; unchanged"
              % (unit.label, offered, applied))
        if offered:
            problem("fixes were offered but the file is unchanged\n")
        return ok

    totals["files"] += 1
    command, compiles, errors = compile_file(args, source, unit.flags)
    if compiles:
        totals["compiled"] += 1
    else:
        problem("the fixed file does not compile: " + show(command) + "\n",
                errors)

    command, again, crashed = clang_tidy(args, source, unit.tidy_args,
                                         unit.flags)
    if crashed:
        problem("clang-tidy crashed on the fixed file: " + show(command) +
                "\n", again)
        left = []
    else:
        left = [g for g in findings(again) if says_offered(g)]
        # A fix whose finding stays, now without a fix of its own, would
        # leave more findings that offer none than there were before.
        before = unfixed_in(groups, folder)
        after = unfixed_in(findings(again), folder)
        if after > before:
            problem("%d findings without a fix before the fixes, %d after\n"
                    % (before, after), again)
    totals["left"] += len(left)
    for group in left:
        problem("finding left with an offered fix: " + group["line"] + "\n")

    print("%s: fixes offered %d, applied %d; %s; findings left with an "
          "offered fix %d" % (unit.label, offered, applied,
                              "compiles" if compiles else "DOES NOT COMPILE",
                              len(left)))
    if not ok:
        report_diff(changed)
    return ok


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--clangxx", required=True)
    parser.add_argument("--lit-test", action="append", default=[])
    parser.add_argument("--subst", action="append", default=[],
                        metavar="NAME=VALUE")
    parser.add_argument("--compile-commands", action="append", default=[])
    parser.add_argument("--tu", action="append", nargs="+", default=[],
                        metavar="FLAGS FILE")
    parser.add_argument("--tidy-args", default=DEFAULT_TIDY_ARGS)
    parser.add_argument("--work-dir",
                        help="keep the copies here instead of a temporary "
                        "folder that is removed at the end")
    args = parser.parse_args()

    substitutions = {}
    for pair in args.subst:
        name, _, value = pair.partition("=")
        substitutions[name] = value
    tidy_args = shlex.split(args.tidy_args)

    units = []
    for path in expand(args.lit_test):
        units.extend(units_from_lit_test(path, substitutions))
    for path in expand(args.compile_commands):
        units.extend(units_from_database(path, tidy_args))
    for group in args.tu:
        if len(group) < 2:
            parser.error("--tu needs the flags and at least one file")
        flags = shlex.split(group[0])
        units.extend(Unit(label_of(p), p, flags, tidy_args)
                     for p in expand(group[1:]))
    if not units:
        parser.error("no translation unit given")

    if args.work_dir:
        shutil.rmtree(args.work_dir, ignore_errors=True)
        os.makedirs(args.work_dir)
        work = os.path.realpath(args.work_dir)
    else:
        work = os.path.realpath(tempfile.mkdtemp(prefix="apply-fixes-"))

    totals = dict(offered=0, applied=0, files=0, compiled=0, left=0)
    ok = True
    try:
        for number, unit in enumerate(units, 1):
            folder = os.path.join(work, "%02d" % number)
            ok = check_unit(args, unit, folder, totals) and ok
    finally:
        if not args.work_dir:
            shutil.rmtree(work, ignore_errors=True)

    print("fixes offered: %d, applied: %d, compiled: %d of %d files, "
          "findings left with an offered fix: %d"
          % (totals["offered"], totals["applied"], totals["compiled"],
             totals["files"], totals["left"]))
    sys.stdout.flush()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
