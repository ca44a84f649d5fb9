#!/usr/bin/python3
# Sends argv[3] REMOTE_COMMUNICATION events ("note 0", "note 1", ...) of type argv[2]. argv[1]: server URL.
import sys

from supervisor import childutils

rpc = childutils.getRPCInterface({'SUPERVISOR_SERVER_URL': sys.argv[1]})
for i in range(int(sys.argv[3])):
    rpc.supervisor.sendRemoteCommEvent(sys.argv[2], 'note %d' % i)
print(rpc.supervisor.getState()['statename'])
