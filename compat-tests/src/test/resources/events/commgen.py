#!/usr/bin/python3 -u
# Like the shipped loop_eventgen.py, without its hard-coded /tmp/report and without
# childutils.pcomm (which writes bytes to a text stdout and fails on Python 3 in 4.2.5): emits a
# communication event, waits for the reply loop_listener.py sends to its stdin, and writes the reply
# to argv[1]; five times.
import sys

with open(sys.argv[1], 'a') as out:
    for i in range(5):
        sys.stdout.write('<!--XSUPERVISOR:BEGIN-->round %d<!--XSUPERVISOR:END-->' % i)
        sys.stdout.flush()
        out.write(sys.stdin.readline())
        out.flush()
