#!/usr/bin/env python3
"""Runs lockio on one lit test file and checks every diagnostic and fix.

Usage (from a RUN line):
  %check_lockio [options] INPUT TEMP [clang-tidy arguments] -- [compiler args]

The test file holds the expectations as comments:
  CHECK-MESSAGES: warnings and errors, each with its exact line and column;
  CHECK-NOTES:    warnings, errors and notes, each with line and column;
  CHECK-FIXES:    lines of the file after the fixes are applied.
A suffix (--check-suffix=X) selects CHECK-MESSAGES-X and so on, so that one
file can be run several ways. Any diagnostic that the expectations do not
name fails the test; a file with no CHECK-MESSAGES or CHECK-NOTES lines
expects no diagnostic at all.

With --fix-notes the fixes attached to notes are applied, the result is
compared with CHECK-FIXES, compiled, and checked again: it must compile and
draw no warning from lockio.
"""

import argparse
import os
import re
import shlex
import subprocess
import sys

CHECK_NAME = "lockio-blocking-call-under-lock"
DIAG_RE = re.compile(r"^.*?:\d+:\d+: (warning|error|note): ")


def fail(message):
    sys.stderr.write("lockio_test: " + message + "\n")
    sys.exit(1)


def run(command, **kwargs):
    sys.stderr.write("+ " + " ".join(shlex.quote(c) for c in command) + "\n")
    return subprocess.run(command, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT, text=True, **kwargs)


def file_check(filecheck, check_file, prefix, text, extra=()):
    command = [filecheck, check_file, "--check-prefix=" + prefix,
               "--dump-input=fail", *extra]
    result = run(command, input=text)
    if result.returncode != 0:
        sys.stderr.write(result.stdout)
        fail("FileCheck failed for prefix " + prefix)


def clang_tidy(args, source, tidy_args, compile_args):
    command = [args.clang_tidy, "--load", args.plugin,
               "-checks=-*," + CHECK_NAME, "--quiet", *tidy_args, source,
               "--", *compile_args]
    result = run(command)
    output = result.stdout
    if "Stack dump" in output or result.returncode < 0:
        sys.stderr.write(output)
        fail("clang-tidy crashed")
    return result, output


def diagnostics(output, kinds):
    """The diagnostic lines of the given kinds, in the order printed."""
    lines = []
    for line in output.splitlines():
        match = DIAG_RE.match(line)
        # clang-tidy reports each applied fix as a note of its own; the
        # fixes themselves are checked against CHECK-FIXES instead.
        if line.endswith("note: FIX-IT applied suggested code changes"):
            continue
        if match and match.group(1) in kinds:
            lines.append(line)
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clang-tidy", required=True)
    parser.add_argument("--plugin", required=True)
    parser.add_argument("--filecheck", required=True)
    parser.add_argument("--clangxx", required=True)
    parser.add_argument("--check-suffix", "-check-suffix", default="")
    parser.add_argument("--fix-notes", action="store_true",
                        help="apply the fixes attached to notes")
    parser.add_argument("--allow-compile-errors", action="store_true")
    parser.add_argument("input")
    parser.add_argument("temp")
    args, rest = parser.parse_known_args()

    if "--" in rest:
        split = rest.index("--")
        tidy_args, compile_args = rest[:split], rest[split + 1:]
    else:
        tidy_args, compile_args = rest, []
    # Like clang-tidy's own tests, a second `--` may separate the two lists.
    if compile_args[:1] == ["--"]:
        compile_args = compile_args[1:]

    suffix = "-" + args.check_suffix if args.check_suffix else ""
    messages_prefix = "CHECK-MESSAGES" + suffix
    notes_prefix = "CHECK-NOTES" + suffix
    fixes_prefix = "CHECK-FIXES" + suffix

    with open(args.input, encoding="utf-8") as f:
        original = f.read()

    def has(prefix):
        return re.search(r"\b" + re.escape(prefix) + r"(-NOT|-NEXT|-SAME)?:",
                         original) is not None

    has_messages, has_notes = has(messages_prefix), has(notes_prefix)
    has_fixes = has(fixes_prefix)
    if has_messages and has_notes:
        fail("use either %s or %s, not both" % (messages_prefix, notes_prefix))
    if has_fixes and not args.fix_notes:
        fail("%s needs --fix-notes" % fixes_prefix)

    # The file under test keeps its line numbers, but loses the text of the
    # CHECK comments so that a fix can never match its own expectation.
    cleaned = re.sub(r"// *CHECK-[A-Z0-9-]*:[^\r\n]*", "//", original)
    extension = os.path.splitext(args.input)[1] or ".cpp"
    source = args.temp + extension
    os.makedirs(os.path.dirname(os.path.abspath(source)), exist_ok=True)
    with open(source, "w", encoding="utf-8") as f:
        f.write(cleaned)

    fix_args = ["--fix-notes"] if args.fix_notes else []
    result, output = clang_tidy(args, source, fix_args + tidy_args,
                                compile_args)
    sys.stderr.write(output)
    if not args.allow_compile_errors and re.search(r": error: ", output):
        fail("the test input does not compile")

    # Every warning and error must be expected; notes too under CHECK-NOTES.
    kinds = ("warning", "error", "note") if has_notes else ("warning", "error")
    found = diagnostics(output, kinds)
    if has_messages or has_notes:
        prefix = notes_prefix if has_notes else messages_prefix
        forbid = "{{(warning|error|note)}}:" if has_notes \
            else "{{(warning|error)}}:"
        file_check(args.filecheck, args.input, prefix, found,
                   ["--implicit-check-not=" + forbid])
    elif found.strip():
        fail("expected no diagnostic, got:\n" + found)

    if not args.fix_notes:
        return

    with open(source, encoding="utf-8") as f:
        fixed = f.read()
    if has_fixes:
        file_check(args.filecheck, args.input, fixes_prefix, fixed,
                   ["--strict-whitespace"])
    elif fixed != cleaned:
        fail("fixes were applied but the test has no %s lines" % fixes_prefix)

    # The fixed file must compile and must not draw a warning again.
    compiled = run([args.clangxx, "-fsyntax-only", *compile_args, source])
    if compiled.returncode != 0:
        sys.stderr.write(compiled.stdout)
        fail("the fixed file does not compile")
    _, again = clang_tidy(args, source, tidy_args, compile_args)
    left = diagnostics(again, ("warning", "error"))
    if left.strip():
        fail("the fixed file still draws diagnostics:\n" + left)


if __name__ == "__main__":
    main()
