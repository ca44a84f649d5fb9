#!/usr/bin/python3 -u
# A listener written the way users write them: with supervisor.childutils. It appends every event
# it receives to the file named by argv[1] (one JSON line: header tokens and payload), answers OK,
# and answers FAIL once for the first event whose payload contains argv[2] (if given).
import json
import sys

from supervisor import childutils


def main():
    out = open(sys.argv[1], 'a')
    fail_marker = sys.argv[2] if len(sys.argv) > 2 else None
    failed = False
    while True:
        headers, payload = childutils.listener.wait(sys.stdin, sys.stdout)
        out.write(json.dumps({'headers': headers, 'payload': payload}) + '\n')
        out.flush()
        if fail_marker and not failed and fail_marker in payload:
            failed = True
            childutils.listener.fail(sys.stdout)
        else:
            childutils.listener.ok(sys.stdout)


if __name__ == '__main__':
    main()
