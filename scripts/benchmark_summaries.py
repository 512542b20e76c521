#!/usr/bin/env python3
"""Measures how the cost of lockio's helper summaries grows with the size of
a translation unit.

For N functions (N = --start, doubled --steps times) the script writes a
file in which every function takes a lock and calls two later functions of
the file, and one function in twenty blocks. Every call under a lock asks
whether its callee may block, so the summaries of the whole call graph are
computed. It then times clang-tidy on that file with the check and with a
parse-only baseline (cert-err52-cpp, see benchmark.py), interleaved,
--repeat times, and takes the median of each.

How to read the output: one row per N with the median times, the check's
extra time (check minus parse-only) per function, and the growth of that
extra time against the row before. Linear cost shows as a growth close to 2
for each doubling of N (and a flat time per function); quadratic cost would
show as 4.
"""

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def write_unit(path, count, seed=1):
    rng = random.Random(seed)
    lines = ["#include <mutex>", "#include <unistd.h>",
             "std::mutex mu[8];"]
    for i in range(count):
        lines.append("void f%d(int fd);" % i)
    for i in range(count):
        body = ["  std::lock_guard<std::mutex> lock(mu[%d]);" % (i % 8)]
        for _ in range(2):
            if i + 1 < count:
                body.append("  f%d(fd + 1);" % rng.randrange(i + 1, count))
        if i % 20 == 19:
            body.append("  fsync(fd);")
        lines.append("void f%d(int fd) {\n%s\n}" % (i, "\n".join(body)))
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


def cpu_time(command):
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) < 0:
        sys.exit("crashed: " + " ".join(command))
    return usage.ru_utime + usage.ru_stime


def main():
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plugin",
                        default=os.path.join(REPO, "build", "liblockio.so"))
    parser.add_argument("--clang-tidy", default="clang-tidy-19")
    parser.add_argument("--start", type=int, default=2500)
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    print("%8s %10s %10s %14s %8s" % ("N", "parse s", "check s",
                                      "extra ms/fn", "growth"))
    previous = None
    with tempfile.TemporaryDirectory() as directory:
        count = args.start
        for _ in range(args.steps + 1):
            path = os.path.join(directory, "summaries_%d.cpp" % count)
            write_unit(path, count)
            base = [args.clang_tidy, "--load", args.plugin, "--quiet", path,
                    "--", "-std=c++17"]
            parse, check = [], []
            for _ in range(args.repeat):
                parse.append(cpu_time(base[:3] + ["-checks=-*,cert-err52-cpp"]
                                      + base[3:]))
                check.append(cpu_time(
                    base[:3] + ["-checks=-*,lockio-blocking-call-under-lock"]
                    + base[3:]))
            parse_s, check_s = statistics.median(parse), statistics.median(check)
            extra = max(check_s - parse_s, 1e-6)
            growth = "" if previous is None else "%.2f" % (extra / previous)
            print("%8d %10.3f %10.3f %14.4f %8s" % (
                count, parse_s, check_s, 1000 * extra / count, growth))
            previous = extra
            count *= 2


if __name__ == "__main__":
    main()
