#!/usr/bin/python3
# Driver of scripts/bench-events: starts one supervisord (argv[1] = its command) with a pool of
# argv[2] listeners, sends argv[3] REMOTE_COMMUNICATION events in multicall batches and reports the
# events delivered per second (from the first send to the last event counted by the listeners).
import os
import shutil
import subprocess
import sys
import tempfile
import time
import xmlrpc.client

from supervisor import childutils

command, numprocs, total = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
here = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp(prefix='bench-events-')
conf = os.path.join(work, 'supervisord.conf')
counts = os.path.join(work, 'counts')
with open(conf, 'w') as f:
    f.write('''[unix_http_server]
file=%(here)s/s.sock
[supervisord]
logfile=%(here)s/supervisord.log
pidfile=%(here)s/supervisord.pid
childlogdir=%(here)s
loglevel=info
[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface
[eventlistener:bench]
command=/usr/bin/python3 -u ''' + os.path.join(here, 'bench_listener.py') + ' ' + counts + '''
process_name=%(program_name)s_%(process_num)02d
numprocs=''' + str(numprocs) + '''
events=REMOTE_COMMUNICATION
buffer_size=''' + str(total + 10) + '''
startsecs=0
''')
sd = subprocess.Popen(command.split() + ['-n', '-c', conf], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    def connect():
        return childutils.getRPCInterface({'SUPERVISOR_SERVER_URL': 'unix://' + os.path.join(work, 's.sock')})
    deadline = time.time() + 60
    while True:
        try:
            rpc = connect()  # a transport that failed once cannot be reused
            infos = rpc.supervisor.getAllProcessInfo()
            if len(infos) == numprocs and all(i['statename'] == 'RUNNING' for i in infos):
                break
        except Exception:
            pass
        if time.time() > deadline:
            raise SystemExit('supervisord did not start its listeners')
        time.sleep(0.1)
    time.sleep(0.5)
    start = time.time()
    batch = 500
    for first in range(0, total, batch):
        calls = [{'methodName': 'supervisor.sendRemoteCommEvent', 'params': ['bench', str(i)]}
                 for i in range(first, min(total, first + batch))]
        rpc.system.multicall(calls)
    while (os.path.getsize(counts) if os.path.exists(counts) else 0) < total:
        if time.time() - start > 300:
            raise SystemExit('only %d of %d events arrived' % (os.path.getsize(counts), total))
        time.sleep(0.005)
    elapsed = time.time() - start
    print('%d events to %d listener(s) in %.2f s: %.0f events/s' % (total, numprocs, elapsed, total / elapsed))
finally:
    sd.terminate()
    sd.wait(30)
    shutil.rmtree(work, ignore_errors=True)
