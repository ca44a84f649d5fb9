#!/usr/bin/python3 -u
# A program that writes one line, one captured block and one stderr line, then waits for stdin.
import sys
import time

sys.stdout.write('hello out\n')
sys.stdout.flush()
time.sleep(0.3)
sys.stdout.write('<!--XSUPERVISOR:BEGIN-->captured café<!--XSUPERVISOR:END-->')
sys.stdout.flush()
time.sleep(0.3)
sys.stderr.write('hello err\n')
sys.stderr.flush()
sys.stdin.readline()
