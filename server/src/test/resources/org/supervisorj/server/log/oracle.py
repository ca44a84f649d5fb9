# Differential oracle for the log package: answers one request per stdin line with one stdout line,
# using Supervisor 4.2.5's own functions. All variable fields are hex-encoded.
import os
import re
import sys

from supervisor import dispatchers, events, loggers
from supervisor.options import readFile, tailFile

ASCTIME = '2024-01-02 03:04:05,678'
LEVELS = {10: 'DEBG', 20: 'INFO'}


def h(b):
    return b.hex() or '-'


def u(x):
    return b'' if x == '-' else bytes.fromhex(x)


class MainLogger:
    """Records activity-log lines with a fixed timestamp, filtered like loggers.Logger."""

    def __init__(self, level):
        self.level = level
        self.text = ''

    def log(self, level, msg, **kw):
        if level >= self.level:
            if kw:
                msg = msg % kw
            self.text += '%s %s %s\n' % (ASCTIME, LEVELS[level], msg)

    def debug(self, msg, **kw):
        self.log(10, msg, **kw)


class Options:
    def __init__(self, strip, level):
        self.strip_ansi = strip
        self.loglevel = level
        self.logger = MainLogger(level)
        self.chunk = b''

    def getLogger(self, *args, **kw):
        return loggers.getLogger(*args, **kw)

    def readfd(self, fd):
        return self.chunk


class Config:
    pass


class Process:
    pid = 4242

    def __init__(self, config):
        self.config = config


captured = []


def on_event(event):
    kind = 'comm' if isinstance(event, events.ProcessCommunicationEvent) else 'logged'
    captured.append('%s:%s:%s' % (kind, event.channel, h(event.data)))


events.subscribe(events.Event, on_event)


def channel(args):
    name, strip, capmax, evs, level, chan, logfile, chunks = args
    options = Options(strip == '1', int(level))
    config = Config()
    config.options = options
    config.name = u(name).decode()
    for c in ('stdout', 'stderr'):
        setattr(config, c + '_logfile', None)
        setattr(config, c + '_logfile_maxbytes', 0)
        setattr(config, c + '_logfile_backups', 0)
        setattr(config, c + '_syslog', False)
        setattr(config, c + '_capture_maxbytes', 0)
        setattr(config, c + '_events_enabled', False)
    config.stdout_events_enabled = config.stderr_events_enabled = False
    setattr(config, chan + '_logfile', u(logfile).decode() if logfile != '-' else None)
    setattr(config, chan + '_capture_maxbytes', int(capmax))
    setattr(config, chan + '_events_enabled', evs == '1')
    event_type = {'stdout': events.ProcessCommunicationStdoutEvent,
                  'stderr': events.ProcessCommunicationStderrEvent}[chan]
    d = dispatchers.POutputDispatcher(Process(config), event_type, 5)
    del captured[:]
    for c in ([] if chunks == '-' else chunks.split(',')):
        options.chunk = u(c)
        d.handle_read_event()
    if d.normallog is not None:
        d.normallog.close()
    return '%s %s' % (h('|'.join(captured).encode()), h(options.logger.text.encode()))


def rotate(args):
    path, maxbytes, backups, chunks = args
    log = loggers.getLogger()
    loggers.handle_file(log, u(path).decode(), '%(message)s', rotating=int(maxbytes) > 0,
                        maxbytes=int(maxbytes), backups=int(backups))
    for c in chunks.split(','):
        log.info(u(c))
    log.close()
    return 'done'


def read(args):
    path, offset, length = args
    try:
        return 'OK ' + h(readFile(u(path).decode(), int(offset), int(length)))
    except ValueError as e:
        return 'ERR ' + e.args[0]


def tail(args):
    path, offset, length = args
    try:
        data, off, overflow = tailFile(u(path).decode(), int(offset), int(length))
    except UnicodeDecodeError:
        return 'UNDECODABLE'
    return 'OK %s %d %d' % (h(data.encode()), off, int(overflow))


def match(args):
    identifier, name = args
    fnre = re.compile(r'.+?---%s-\S+\.log\.{0,1}\d{0,4}' % u(identifier).decode())
    return '1' if fnre.match(u(name).decode()) else '0'


sockets = {}


def bind(args):
    import socket
    path, kind = args
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM if kind == 'dgram' else socket.SOCK_STREAM)
    s.bind(u(path).decode())
    if kind == 'stream':
        s.listen(1)
    s.settimeout(10)
    sockets['s'] = s
    sockets['kind'] = kind
    return 'bound'


def recv(args):
    s = sockets['s']
    if sockets['kind'] == 'stream':
        conn = sockets.get('conn')
        if conn is None:
            conn, _ = s.accept()
            conn.settimeout(10)
            sockets['conn'] = conn
        return h(conn.recv(65536))
    return h(s.recv(65536))


COMMANDS = {
    'bind': bind,
    'recv': recv,
    'strip': lambda a: h(dispatchers.stripEscapes(u(a[0]))),
    'reprs': lambda a: h(repr(u(a[0]).decode()).encode()),
    'reprb': lambda a: h(repr(u(a[0])).encode()),
    'chan': channel,
    'rotate': rotate,
    'read': read,
    'tail': tail,
    'match': match,
}

print('ready', flush=True)
for line in sys.stdin:
    parts = line.split()
    try:
        answer = COMMANDS[parts[0]](parts[1:])
    except Exception as e:  # report, so the Java side fails with the cause
        answer = 'PYERROR %r' % (e,)
    print(answer, flush=True)
