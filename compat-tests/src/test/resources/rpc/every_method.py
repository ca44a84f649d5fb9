"""Calls every method of Supervisor's XML-RPC API, with good and bad arguments, and prints one line
per call. Run against Python's supervisord and ours with the same config; the outputs must match
once pids, times and paths are normalised. Usage: every_method.py <serverurl> [username password]"""
import sys
import time
import xmlrpc.client

from supervisor.xmlrpc import SupervisorTransport

url = sys.argv[1]
user = sys.argv[2] if len(sys.argv) > 2 else None
password = sys.argv[3] if len(sys.argv) > 3 else None
proxy = xmlrpc.client.ServerProxy('http://127.0.0.1', transport=SupervisorTransport(user, password, url))


def call(method, *args, show=repr):
    target = proxy
    for part in method.split('.'):
        target = getattr(target, part)
    try:
        result = show(target(*args))
    except xmlrpc.client.Fault as f:
        result = 'FAULT %d %s' % (f.faultCode, f.faultString)
    except xmlrpc.client.ProtocolError as e:
        result = 'HTTP %d' % e.errcode
    print('%s%r -> %s' % (method, args, result), flush=True)


def wait_until_settled():
    """Autostarted programs: wait until none is STARTING, so both servers are compared in one state."""
    for _ in range(200):
        states = [p['statename'] for p in proxy.supervisor.getAllProcessInfo()]
        if 'STARTING' not in states and 'BACKOFF' not in states:
            return
        time.sleep(0.1)


def unordered(results):
    """Bulk results list processes as each finishes; with concurrent stops the order is up to the OS."""
    return sorted(results, key=lambda r: (r['group'], r['name']))


def kinds(value):
    return type(value).__name__


wait_until_settled()
time.sleep(0.3)
call('supervisor.getAPIVersion')
call('supervisor.getVersion')
call('supervisor.getSupervisorVersion')
call('supervisor.getIdentification')
call('supervisor.getState')
call('supervisor.getPID', show=kinds)
call('supervisor.getAllProcessInfo')
call('supervisor.getProcessInfo', 'sleeper')
call('supervisor.getProcessInfo', 'workers:worker_0')
call('supervisor.getProcessInfo', 'nosuch')
call('supervisor.getProcessInfo', 'workers:nosuch')
call('supervisor.getProcessInfo', 'workers:*')
call('supervisor.getProcessInfo')
call('supervisor.getAllConfigInfo')
call('supervisor.startProcess', 'sleeper')
call('supervisor.startProcess', 'nosuch')
call('supervisor.startProcess', 'missing')
call('supervisor.startProcess', 'notexec')
call('supervisor.startProcess', 'quick')
call('supervisor.getProcessInfo', 'quick')
call('supervisor.stopProcess', 'quick')
call('supervisor.startProcess', 'oneshot')
time.sleep(1.5)  # oneshot exits after 0.2 s; Python's loop reaps it within a second
call('supervisor.getProcessInfo', 'oneshot')
call('supervisor.stopProcess', 'sleeper')
call('supervisor.stopProcess', 'sleeper')
call('supervisor.getProcessInfo', 'sleeper')
call('supervisor.startProcess', 'sleeper', False)
call('supervisor.getProcessInfo', 'sleeper', show=lambda i: i['statename'])
call('supervisor.stopProcessGroup', 'workers', show=unordered)
call('supervisor.startProcessGroup', 'workers', show=unordered)
call('supervisor.startProcessGroup', 'nosuch')
call('supervisor.signalProcess', 'sleeper', 'HUP')
call('supervisor.signalProcess', 'sleeper', 'BOGUS')
call('supervisor.signalProcess', 'sleeper', '1')
call('supervisor.signalProcess', 'oneshot', 'HUP')
call('supervisor.signalProcessGroup', 'workers', 'USR1', show=unordered)
call('supervisor.signalAllProcesses', 'WINCH', show=unordered)
call('supervisor.readProcessStdoutLog', 'printer', 0, 0)
call('supervisor.readProcessStderrLog', 'printer', 0, 0)
call('supervisor.readProcessLog', 'printer', 0, 3)
call('supervisor.readProcessStdoutLog', 'printer', -3, 0)
call('supervisor.readProcessStdoutLog', 'printer', -3, 2)
call('supervisor.readProcessStdoutLog', 'printer', 0, -2)
call('supervisor.readProcessStdoutLog', 'nosuch', 0, 0)
call('supervisor.readProcessStderrLog', 'sleeper', 0, 0)
call('supervisor.tailProcessStdoutLog', 'printer', 0, 100)
call('supervisor.tailProcessStdoutLog', 'printer', 2, 3)
call('supervisor.tailProcessLog', 'printer', 100, 100)
call('supervisor.tailProcessStderrLog', 'printer', 0, 100)
call('supervisor.clearProcessLogs', 'printer')
call('supervisor.readProcessStdoutLog', 'printer', 0, 0)
call('supervisor.clearProcessLog', 'nosuch')
call('supervisor.readLog', 0, 0, show=kinds)
call('supervisor.readMainLog', -10, 5)
call('supervisor.readLog', 0, -1)
call('supervisor.sendProcessStdin', 'catter', 'hello stdin\n')
time.sleep(0.3)
call('supervisor.readProcessStdoutLog', 'catter', 0, 0)
call('supervisor.sendProcessStdin', 'oneshot', 'x')
call('supervisor.sendProcessStdin', 'nosuch', 'x')
call('supervisor.sendRemoteCommEvent', 'mytype', 'mydata')
call('supervisor.reloadConfig')
call('supervisor.addProcessGroup', 'sleeper')
call('supervisor.addProcessGroup', 'nosuch')
call('supervisor.removeProcessGroup', 'sleeper')
call('supervisor.stopProcess', 'oneshot')
call('supervisor.removeProcessGroup', 'oneshot')
call('supervisor.removeProcessGroup', 'oneshot')
call('supervisor.addProcessGroup', 'oneshot')
call('supervisor.getProcessInfo', 'oneshot', show=lambda i: i['statename'])
call('supervisor.stopAllProcesses', show=unordered)
call('supervisor.getAllProcessInfo', show=lambda l: [(i['name'], i['statename']) for i in l])
call('supervisor.startAllProcesses', show=lambda l: sorted((r['name'], r['status'], r['description']) for r in l))
call('supervisor.clearAllProcessLogs', show=lambda l: sorted((r['name'], r['status'], r['description']) for r in l))
call('system.listMethods')
call('system.methodSignature', 'supervisor.startProcess')
call('system.methodSignature', 'supervisor.getState')
call('system.methodSignature', 'nosuch')
call('system.methodHelp', 'nosuch')
call('system.methodHelp', 'supervisor.getState', show=kinds)
call('system.multicall', [{'methodName': 'supervisor.getState'}, {'methodName': 'nosuch.method'},
                          {'methodName': 'supervisor.getProcessInfo', 'params': ['nosuch']},
                          {'methodName': 'system.multicall', 'params': [[]]}, {}])
call('supervisor.nosuch')
call('nosuch')
call('supervisor._update', 'x')
call('supervisor.getState', 'extra')
call('supervisor.startProcess')
call('supervisor.startProcess', 'a', True, 'extra')
call('a.b.c')
