#!/usr/bin/python3
# Drives a scripted scenario through the RPC API while recorder.py writes down what it receives,
# then prints the received sequence with pids normalised. argv[1] is the server URL.
import json
import re
import sys
import time

from supervisor import childutils

rpc = childutils.getRPCInterface({'SUPERVISOR_SERVER_URL': sys.argv[1]})


def received():
    try:
        with open('events.jsonl') as f:
            return [json.loads(line) for line in f]
    except FileNotFoundError:
        return []


def wait_until(cond, what):
    deadline = time.time() + 20
    while time.time() < deadline:
        if cond():
            return
        time.sleep(0.05)
    raise SystemExit('timed out waiting for ' + what + ': ' + repr(received()))


def wait_for(pred, what):
    wait_until(lambda: any(pred(e) for e in received()), what)


def count(name):
    return len([e for e in received() if e['headers']['eventname'] == name])


wait_for(lambda e: e['headers']['eventname'] == 'PROCESS_LOG_STDERR', 'the first stderr event')
rpc.supervisor.sendRemoteCommEvent('note', 'first note')
rpc.supervisor.sendProcessStdin('talker', '\n')
wait_for(lambda e: e['headers']['eventname'] == 'PROCESS_STATE_EXITED', 'talker to exit')
rpc.supervisor.removeProcessGroup('talker')
wait_for(lambda e: e['headers']['eventname'] == 'PROCESS_GROUP_REMOVED', 'the group removal')
rpc.supervisor.addProcessGroup('talker')
wait_until(lambda: count('PROCESS_GROUP_ADDED') >= 3, 'the group to come back')
wait_until(lambda: count('PROCESS_LOG_STDERR') >= 2, 'the second stderr event')
rpc.supervisor.sendRemoteCommEvent('note', 'done')
wait_for(lambda e: e['payload'] == 'type:note\ndone', 'the last note')

for e in received():
    h = e['headers']
    payload = re.sub(r'pid:\d+', 'pid:N', e['payload'])
    # len depends on the width of the pids, which differ between runs: check it against the payload
    # (characters, as received through a text stdin) instead of printing it.
    length = 'payload' if int(h['len']) == len(e['payload']) else h['len'] + '!=' + str(len(e['payload']))
    print(' '.join('%s:%s' % (k, h[k]) for k in ('ver', 'server', 'serial', 'pool', 'poolserial', 'eventname'))
          + ' len:' + length)
    print(repr(payload))
