#!/usr/bin/env python3
"""Compares two C++ files as code: comment lines are left out, and each
--rename OLD=NEW pair is applied to the first file before comparing."""

import argparse
import sys


def code_lines(path, renames):
    lines = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip().startswith("//") or not line.strip():
                continue
            for old, new in renames:
                line = line.replace(old, new)
            lines.append(line.rstrip())
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("--rename", action="append", default=[])
    args = parser.parse_args()
    renames = [tuple(pair.split("=", 1)) for pair in args.rename]
    first = code_lines(args.first, renames)
    second = code_lines(args.second, [])
    if first == second:
        return 0
    for number, (a, b) in enumerate(zip(first, second)):
        if a != b:
            print("first difference at code line %d:\n  %s\n  %s"
                  % (number + 1, a, b))
            break
    else:
        print("the files have %d and %d code lines" % (len(first), len(second)))
    return 1


if __name__ == "__main__":
    sys.exit(main())
