#!/usr/bin/python3 -u
# Benchmark listener: speaks the raw protocol as fast as it can and appends one byte per event
# to the file named by argv[1] (O_APPEND, so the pool's members can share it).
import os
import sys

out = os.open(sys.argv[1], os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
stdin = sys.stdin.buffer
stdout = sys.stdout.buffer
while True:
    stdout.write(b'READY\n')
    stdout.flush()
    header = stdin.readline()
    if not header:
        break
    length = int(header.rsplit(b'len:', 1)[1])
    stdin.read(length)
    os.write(out, b'.')
    stdout.write(b'RESULT 2\nOK')
    stdout.flush()
