#!/usr/bin/python3 -u
# Says READY, takes one event and never answers; never reads its stdin again.
import sys
import time

sys.stdout.write('READY\n')
sys.stdout.flush()
sys.stdin.readline()
while True:
    time.sleep(60)
