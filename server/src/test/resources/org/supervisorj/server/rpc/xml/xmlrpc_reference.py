# Reference side of XmlRpcDifferentialTest: the whole corpus in one run.
# Input (argv[1]): one JSON object per line, written by the Java test:
#   {"p": [params...], "jcall": hex, "jresp": hex}       a call/response case
#   {"code": int, "string": str, "jfault": hex}          a fault case
# Output: one line per case, fields separated by spaces:
#   V <dumps call hex> <dumps response hex> <client loads(jcall) ok> <client loads(jresp) ok> <supervisord loads(jcall) ok>
#   F <dumps fault hex> <client loads(jfault) ok>
#   {"bytes": hex, "jresp": hex}                           a base64 case
#   {"datetime": [y, m, d, H, M, S], "jresp": hex}           a dateTime.iso8601 case
#   X <dumps response hex> <client loads(jresp) ok>
#   {"faults": true}
#   N <supervisor.xmlrpc.Faults as NAME=code, by code, comma-separated>
import json
import sys
import xmlrpc.client

import datetime

from supervisor.xmlrpc import Faults, supervisor_xmlrpc_handler


def same(a, b):
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return repr(a) == repr(b)
    if isinstance(a, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return list(a.keys()) == list(b.keys()) and all(same(a[k], b[k]) for k in a)
    return a == b


def flag(check):
    try:
        return '1' if check() else '0'
    except Exception:
        return '0'


def client_fault(data, code, string):
    try:
        xmlrpc.client.loads(data)
    except xmlrpc.client.Fault as f:
        return f.faultCode == code and f.faultString == string
    return False


supervisord = object.__new__(supervisor_xmlrpc_handler)  # loads() needs no server state
out = sys.stdout
with open(sys.argv[1], encoding='utf-8') as cases:
    for line in cases:
        case = json.loads(line)
        if 'p' in case:
            p = case['p']
            jcall = bytes.fromhex(case['jcall'])
            jresp = bytes.fromhex(case['jresp'])
            call = xmlrpc.client.dumps(tuple(p), 'test.echo').encode('utf-8')
            resp = xmlrpc.client.dumps((p,), methodresponse=1).encode('utf-8')
            out.write(' '.join([
                'V', call.hex(), resp.hex(),
                flag(lambda: same(xmlrpc.client.loads(jcall), (tuple(p), 'test.echo'))),
                flag(lambda: same(xmlrpc.client.loads(jresp), ((p,), None))),
                flag(lambda: same(supervisord.loads(jcall.decode('utf-8')), (tuple(p), 'test.echo'))),
            ]) + '\n')
        elif 'bytes' in case or 'datetime' in case:
            v = bytes.fromhex(case['bytes']) if 'bytes' in case else datetime.datetime(*case['datetime'])
            resp = xmlrpc.client.dumps((v,), methodresponse=1).encode('utf-8')
            jresp = bytes.fromhex(case['jresp'])
            out.write(' '.join(['X', resp.hex(),
                                flag(lambda: same(xmlrpc.client.loads(jresp, use_builtin_types=True), ((v,), None)))]) + '\n')
        elif 'faults' in case:
            names = [(code, name) for name, code in vars(Faults).items() if not name.startswith('_')]
            out.write('N ' + ','.join('%s=%d' % (name, code) for code, name in sorted(names)) + '\n')
        else:
            fault = xmlrpc.client.dumps(xmlrpc.client.Fault(case['code'], case['string'])).encode('utf-8')
            jfault = bytes.fromhex(case['jfault'])
            out.write(' '.join(['F', fault.hex(), flag(lambda: client_fault(jfault, case['code'], case['string']))]) + '\n')
