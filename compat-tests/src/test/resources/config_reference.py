"""Reference side of the config differential tests: Supervisor 4.2.5's own parser.

usage: config_reference.py configs CWD CASE...   realize ServerOptions on each case ("-c CASE")
       config_reference.py ini FILE...           read each file with UnhosedConfigParser

Prints, per case, the lines "=== <case>", then "status=<n>" and either "error=<json>" or the resolved
options as "key=<json>" lines (the same shape ConfigDump writes for the Java side).
"""
import io
import json
import os
import re
import sys

from supervisor import events
from supervisor.datatypes import Automatic, RestartUnconditionally, RestartWhenExitUnexpected
from supervisor.options import (ServerOptions, UnhosedConfigParser, EventListenerPoolConfig,
                                FastCGIGroupConfig)
from supervisor.compat import ConfigParser


def j(v):
    return json.dumps(v, ensure_ascii=False)


def out(key, value):
    print('%s=%s' % (key, j(value)))


def logfile(v):
    if v is None:
        return 'none'
    if v is Automatic:
        return 'auto'
    return v


def autorestart(v):
    if v is RestartUnconditionally:
        return 'true'
    if v is RestartWhenExitUnexpected:
        return 'unexpected'
    return 'false'


def jpath(p):
    """Java's Path.of() collapses repeated slashes and drops a trailing one; compare in that form."""
    if p is None:
        return None
    p = re.sub('/+', '/', p)
    return p[:-1] if len(p) > 1 and p.endswith('/') else p


def env_text(d):
    return ';'.join('%s=%s' % (k, v) for k, v in sorted(d.items()))


def dump_options(o):
    s = o.configroot.supervisord
    out('supervisord.logfile', o.logfile)
    out('supervisord.logfile_maxbytes', o.logfile_maxbytes)
    out('supervisord.logfile_backups', o.logfile_backups)
    out('supervisord.loglevel', o.loglevel)
    out('supervisord.pidfile', o.pidfile)
    out('supervisord.umask', o.umask)
    out('supervisord.nodaemon', bool(o.nodaemon))
    out('supervisord.silent', bool(o.silent))
    out('supervisord.minfds', o.minfds)
    out('supervisord.minprocs', o.minprocs)
    out('supervisord.nocleanup', bool(o.nocleanup))
    out('supervisord.childlogdir', jpath(o.childlogdir))
    out('supervisord.uid', o.uid)
    out('supervisord.directory', jpath(o.directory))
    out('supervisord.strip_ansi', bool(o.strip_ansi))
    out('supervisord.environment', env_text(s.environment))
    out('supervisord.identifier', o.identifier)
    for i, c in enumerate(x for x in o.server_configs if 'port' in x):
        out('inet[%d]' % i, [c['section'], c['host'], c['port'], c['username'], c['password']])
    for i, c in enumerate(x for x in o.server_configs if 'file' in x):
        out('unix[%d]' % i, [c['section'], c['file'], c['chmod'], list(c['chown']), c['username'], c['password']])
    for i, (name, factory, extras) in enumerate(o.rpcinterface_factories):
        out('rpc[%d]' % i, [name, factory.__module__ + ':' + factory.__name__, sorted(extras.items())])
    for i, g in enumerate(o.process_group_configs):
        kind = 'eventlistener' if isinstance(g, EventListenerPoolConfig) else (
            'fcgi' if isinstance(g, FastCGIGroupConfig) else 'program')
        out('group[%d]' % i, [g.name, kind, g.priority])
        if kind == 'eventlistener':
            names = sorted(events.getEventNameByType(e) for e in g.pool_events)
            h = g.result_handler
            out('group[%d].listener' % i, [names, g.buffer_size, h.__module__ + ':' + h.__name__])
        if kind == 'fcgi':
            sc = g.socket_config
            owner = getattr(sc, 'owner', None)
            out('group[%d].socket' % i, [sc.url, sc.backlog if sc.backlog is not None else 4096,
                                         list(owner) if owner else None, getattr(sc, 'mode', None) or 0])
        for k, p in enumerate(g.process_configs):
            pre = 'group[%d].proc[%d].' % (i, k)
            out(pre + 'name', p.name)
            out(pre + 'command', p.command)
            out(pre + 'run', [p.priority, p.autostart, autorestart(p.autorestart), p.startsecs, p.startretries,
                              p.exitcodes, int(p.stopsignal), p.stopwaitsecs, p.stopasgroup, p.killasgroup])
            out(pre + 'setup', [p.uid, p.directory, p.umask, p.redirect_stderr,
                                p.serverurl if p.serverurl is not None else 'AUTO'])
            for ch in ('stdout', 'stderr'):
                out(pre + ch, [logfile(getattr(p, ch + '_logfile')), getattr(p, ch + '_logfile_maxbytes'),
                               getattr(p, ch + '_logfile_backups'), getattr(p, ch + '_capture_maxbytes'),
                               getattr(p, ch + '_events_enabled'), getattr(p, ch + '_syslog')])
            out(pre + 'environment', env_text(p.environment or {}))
    for m in o.parse_warnings:
        out('message', 'WARN ' + m)
    for m in o.parse_infos:
        out('message', 'INFO ' + m)


class Exit(Exception):
    def __init__(self, code):
        self.code = code


def run_config(case, args):
    o = ServerOptions()
    err = io.StringIO()
    o.stderr = err
    o.stdout = io.StringIO()

    def exit(code=0):
        raise Exit(code)
    o.exit = exit
    try:
        o.realize(args=args, progname='supervisord')
    except Exit as e:
        print('status=%d' % e.code)
        text = err.getvalue()
        if text.startswith('Error: '):
            text = text[len('Error: '):]
        suffix = '\nFor help, use supervisord -h\n'
        if text.endswith(suffix):
            text = text[:-len(suffix)]
        out('error', text)
        return
    except Exception as e:  # a traceback in the real program
        print('status=1')
        out('error', '%s: %s' % (type(e).__name__, e))
        return
    print('status=0')
    dump_options(o)


def run_ini(path):
    p = UnhosedConfigParser()
    try:
        with open(path) as f:
            p.read_file(f)
    except ConfigParser.Error as e:
        print('status=2')
        out('error', str(e))
        return
    print('status=0')
    for k, v in p._defaults.items():
        out('DEFAULT.' + k, v)
    for s in p.sections():
        out('section', s)
        for k, v in p._sections[s].items():
            out(s + '.' + k, v)


def main():
    mode = sys.argv[1]
    if mode == 'configs':
        os.chdir(sys.argv[2])
        for case in sys.argv[3:]:
            print('=== ' + case)
            # a case may carry extra command-line arguments after a "|"
            parts = case.split('|')
            run_config(case, ['-c', parts[0]] + parts[1:])
    else:
        for path in sys.argv[2:]:
            print('=== ' + path)
            run_ini(path)
    sys.stdout.flush()


if __name__ == '__main__':
    main()
