#!/usr/bin/env python3
"""Runs lockio-demo and compares the throughput of two of its caches.

Exits 0 when every result was right and the throughput of cache FIRST is at
least MIN times that of cache SECOND; prints the measured ratio either way.
The workload makes a lock held across the fetch cost about a factor of
four, so a bound of 0.5 separates a fixed cache from an unfixed one with a
wide margin on a loaded machine."""

import argparse
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("demo")
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("--min", type=float, required=True)
    args = parser.parse_args()
    output = subprocess.run(
        [args.demo, "--delay-ms", "40", "--threads", "8", "--keys", "8",
         "--requests", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        timeout=120).stdout
    print(output)
    rates = {}
    for line in output.splitlines():
        fields = line.split()
        if len(fields) == 6 and fields[0] in ("bad", "good", "singleflight"):
            rates[fields[0]] = float(fields[2])
            if fields[5] != "0":
                print("wrong results from the %s cache" % fields[0])
                return 1
    ratio = rates[args.first] / rates[args.second]
    print("throughput %s/%s: %.2f (at least %.2f wanted)"
          % (args.first, args.second, ratio, args.min))
    return 0 if ratio >= args.min and "all results ok" in output else 1


if __name__ == "__main__":
    sys.exit(main())
