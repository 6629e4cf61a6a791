'use strict';
// A tests module whose only test fails: the launcher must report one failure.
exports.run = async function run() {
  console.log(`TECHLEAD_TEST_RESULT ${JSON.stringify({ passed: 0, failed: 1, pending: 0, failures: ['deliberate failure'] })}`);
  throw new Error('1 test(s) failed');
};
