#!/bin/sh
# The pre-commit hook's entry (.pre-commit-hooks.yaml): `techlead lint` on the files
# pre-commit passes, with the repository's own CLI (its devDependency) when it has one,
# else a `techlead` on PATH. Never downloads anything.
if [ -x ./node_modules/.bin/techlead ]; then
  exec ./node_modules/.bin/techlead lint "$@"
fi
if command -v techlead >/dev/null 2>&1; then
  exec techlead lint "$@"
fi
echo "techlead: the CLI is not installed; add techlead-toolkit to devDependencies (npm install -D techlead-toolkit) or put techlead on PATH." >&2
exit 2
