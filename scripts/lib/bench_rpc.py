#!/usr/bin/python3
# Driver of scripts/bench-rpc: XML-RPC calls per second from several clients (supbench's clients are
# threads of one Python process, so its GIL caps what it can ask of a fast server). Starts one
# supervisord (argv[1] = its command) with argv[2] sleeping programs, and for each method, transport
# and client kind runs argv[3] clients, each on one keep-alive connection, for argv[4] seconds after a
# warm-up of the same length. Client kinds: 'python', one process per client, and 'java'
# (RpcLoad.java), one thread per client at a few microseconds per call, so that on two cores the
# server rather than the client sets the rate. Prints one JSON object: calls/s, errors, and
# supervisord's CPU.
import json
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import xmlrpc.client

command, programs, clients, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
METHODS = ['supervisor.getState', 'supervisor.getAllProcessInfo']


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def request(method):
    body = ("<?xml version='1.0'?>\n<methodCall>\n<methodName>%s</methodName>\n<params>\n</params>\n"
            "</methodCall>\n" % method).encode()
    return (b'POST /RPC2 HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml\r\nContent-Length: %d\r\n\r\n'
            % len(body)) + body


def connect(address):
    if isinstance(address, str):
        s = socket.socket(socket.AF_UNIX)
        s.connect(address)
    else:
        s = socket.create_connection(address)
    return s


def call(sock, req):
    """One request on a keep-alive connection; True if the answer is a 200 XML-RPC value."""
    sock.sendall(req)
    data = b''
    while b'\r\n\r\n' not in data:
        chunk = sock.recv(262144)
        if not chunk:
            raise ConnectionError('closed')
        data += chunk
    head, _, rest = data.partition(b'\r\n\r\n')
    length = next(int(line.split(b':', 1)[1]) for line in head.split(b'\r\n')
                  if line.lower().startswith(b'content-length:'))
    parts = [rest]
    got = len(rest)
    while got < length:
        chunk = sock.recv(262144)
        if not chunk:
            raise ConnectionError('closed')
        parts.append(chunk)
        got += len(chunk)
    body = b''.join(parts)
    return head.startswith(b'HTTP/1.1 200') and b'<fault>' not in body[:200] and body.endswith(b'</methodResponse>\n')


def worker(address, method, start_at, stop_at, counts, errors, index):
    req = request(method)
    sock = connect(address)
    call(sock, req)
    while time.time() < start_at:
        call(sock, req)
    done = bad = 0
    while time.time() < stop_at:
        try:
            if call(sock, req):
                done += 1
            else:
                bad += 1
        except OSError:
            bad += 1
            sock.close()
            sock = connect(address)
    counts[index] = done
    errors[index] = bad
    sock.close()


def cpu_seconds(pid):
    with open('/proc/%d/stat' % pid) as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')


def run_java(address, method, pid, classes):
    target = 'unix:' + address if isinstance(address, str) else '%s:%d' % address
    start_at = time.time() + 1.0 + seconds  # JVM start, then warm up for `seconds`
    stop_at = start_at + seconds
    java = os.path.join(os.environ['JAVA_HOME'], 'bin', 'java')
    client = subprocess.Popen([java, '-XX:+UseSerialGC', '-cp', classes, 'RpcLoad', target, method, str(clients),
                               str(int(start_at * 1000)), str(int(stop_at * 1000))], stdout=subprocess.PIPE, text=True)
    time.sleep(max(0.0, start_at - time.time()))
    cpu0 = cpu_seconds(pid)
    time.sleep(max(0.0, stop_at - time.time()))
    cpu1 = cpu_seconds(pid)
    calls, errors = (int(x) for x in client.communicate(timeout=60)[0].split())
    return {'calls_per_s': round(calls / seconds, 1), 'errors': errors,
            'server_cpu_pct': round(100 * (cpu1 - cpu0) / seconds, 1)}


def run(address, method, pid):
    counts = multiprocessing.Array('l', clients)
    errors = multiprocessing.Array('l', clients)
    start_at = time.time() + 0.5 + seconds  # connect, then warm up for `seconds`
    stop_at = start_at + seconds
    procs = [multiprocessing.Process(target=worker, args=(address, method, start_at, stop_at, counts, errors, i))
             for i in range(clients)]
    for p in procs:
        p.start()
    time.sleep(max(0.0, start_at - time.time()))
    cpu0 = cpu_seconds(pid)
    time.sleep(max(0.0, stop_at - time.time()))
    cpu1 = cpu_seconds(pid)
    for p in procs:
        p.join()
    return {'calls_per_s': round(sum(counts) / seconds, 1), 'errors': sum(errors),
            'server_cpu_pct': round(100 * (cpu1 - cpu0) / seconds, 1)}


def main():
    work = tempfile.mkdtemp(prefix='bench-rpc-')
    sock_path = os.path.join(work, 's.sock')
    port = free_port()
    with open(os.path.join(work, 'supervisord.conf'), 'w') as f:
        f.write('[unix_http_server]\nfile=%s\n[inet_http_server]\nport=127.0.0.1:%d\n' % (sock_path, port))
        f.write('[supervisord]\nlogfile=%s/supervisord.log\npidfile=%s/supervisord.pid\nchildlogdir=%s\n'
                % (work, work, work))
        f.write('[rpcinterface:supervisor]\n'
                'supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface\n')
        for i in range(programs):
            f.write('[program:p%04d]\ncommand=/bin/sleep 3600\nstartsecs=0\n' % i)
    classes = os.path.join(work, 'classes')
    subprocess.run([os.path.join(os.environ['JAVA_HOME'], 'bin', 'javac'), '-d', classes,
                    os.path.join(os.path.dirname(os.path.abspath(__file__)), 'RpcLoad.java')], check=True)
    sd = subprocess.Popen(command.split() + ['-n', '-c', os.path.join(work, 'supervisord.conf')],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proxy = xmlrpc.client.ServerProxy('http://127.0.0.1:%d/RPC2' % port)
        deadline = time.time() + 120
        while True:
            try:
                infos = proxy.supervisor.getAllProcessInfo()
                if len(infos) == programs and all(i['statename'] == 'RUNNING' for i in infos):
                    break
            except OSError:
                pass
            if time.time() > deadline or sd.poll() is not None:
                raise SystemExit('supervisord did not start its programs: ' + command)
            time.sleep(0.2)
        pid = proxy.supervisor.getPID()
        result = {}
        for method in METHODS:
            for transport, address in (('unix', sock_path), ('tcp', ('127.0.0.1', port))):
                key = '%s.%s' % (method.split('.')[1], transport)
                result[key + '.python-clients'] = run(address, method, pid)
                result[key + '.java-clients'] = run_java(address, method, pid, classes)
        print(json.dumps(result))
    finally:
        sd.terminate()
        try:
            sd.wait(60)
        except subprocess.TimeoutExpired:
            sd.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main()
