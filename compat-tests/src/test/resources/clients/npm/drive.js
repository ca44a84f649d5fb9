// Drives the npm `supervisord` client the way its README shows (connect(url), then client.method(args...,
// callback)) and prints each call with what it decoded or the error it got. ThirdPartyClientsIT runs it against
// Python's supervisord and ours and compares the two outputs.
// Usage: node drive.js <url> [<url with a wrong password>]; url is http://user:pass@host:port or unix:///path.
'use strict';
const supervisord = require('supervisord');

const [url, badUrl] = process.argv.slice(2);
const client = supervisord.connect(url);

function call(method, args, shown = value => JSON.stringify(value, null, 1), on = client) {
  return new Promise(resolve => on[method](...args, (err, value) => {
    const head = `${method}(${args.map(a => JSON.stringify(a)).join(', ')})`;
    if (err && err.faultCode !== undefined) {
      console.log(`${head} !! fault ${err.faultCode}: ${err.faultString}`);
    } else if (err) {
      console.log(`${head} !! ${err.message}`);
    } else {
      console.log(`${head} -> ${shown(value)}`);
    }
    resolve(value);
  }));
}

// Bulk results list processes as each one finishes, and with concurrent stops that order is up to the OS.
const byName = results => JSON.stringify(results.slice().sort((a, b) => a.name.localeCompare(b.name)), null, 1);

async function echoed(text) {
  for (let i = 0; i < 300; i++) {
    const [log] = await new Promise(resolve =>
      client.tailProcessStdoutLog('echoer', 0, 100, (err, value) => resolve(err ? [''] : value)));
    if (log.includes(text)) {
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
}

async function main() {
  await call('getAPIVersion', []);
  await call('getSupervisorVersion', []);
  await call('getIdentification', []);
  await call('getState', []);
  await call('getPID', [], pid => Number.isInteger(pid) && pid > 1 ? 'a pid' : JSON.stringify(pid));
  await call('getAllProcessInfo', []);
  await call('getProcessInfo', ['worker:worker_1']);
  await call('getProcessInfo', ['nosuch']);
  await call('startProcess', ['idle']);
  await call('getProcessInfo', ['idle']);
  await call('startProcess', ['idle']);
  await call('stopProcess', ['idle']);
  await call('stopProcess', ['idle']);
  await call('stopProcessGroup', ['worker'], byName);
  await call('startProcessGroup', ['worker'], byName);
  await call('readProcessStdoutLog', ['greeter', 0, 1000]);
  await call('tailProcessStdoutLog', ['greeter', 6, 1000]);
  await call('readProcessStderrLog', ['greeter', 0, 1000]);
  await call('sendProcessStdin', ['echoer', 'ping from node: café ✓\n']);
  await echoed('café ✓');
  await call('tailProcessStdoutLog', ['echoer', 0, 1000]);
  await call('sendProcessStdin', ['idle', 'anyone?\n']);
  await call('signalProcess', ['echoer', 'CONT']);
  // The help texts are our own words, not copies of the reference docstrings (EveryMethodIT compares their kind too).
  await call('methodHelp', ['supervisor.getState'], help => typeof help);
  await call('methodSignature', ['supervisor.getState']);
  await call('listMethods', []);
  await call('multicall', [[
    {methodName: 'supervisor.getAPIVersion', params: []},
    {methodName: 'supervisor.getProcessInfo', params: ['nosuch']},
    {methodName: 'supervisor.getProcessInfo', params: ['done']},
  ]]);
  if (badUrl) {
    await call('getState', [], undefined, supervisord.connect(badUrl));
  }
}

main();
