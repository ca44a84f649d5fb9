#!/usr/bin/python3 -u
# Writes 4 MB of garbage on stdout as fast as it can (a protocol violation on the first bytes), then
# idles without reading its stdin.
import sys
import time

chunk = b'x' * 65536
for _ in range(64):
    sys.stdout.buffer.write(chunk)
    sys.stdout.buffer.flush()
while True:
    time.sleep(60)
