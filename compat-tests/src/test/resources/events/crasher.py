#!/usr/bin/python3 -u
# Says READY, then dies as soon as an event arrives, holding it.
import os
import sys

sys.stdout.write('READY\n')
sys.stdout.flush()
sys.stdin.readline()
os._exit(3)
