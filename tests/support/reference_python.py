"""What `python3.11 FILE` makes of a file, without running it, and the
resource limits the test runners put on nuitka-cc.

The reference run is the real command, so its messages (encoding errors
included) are exactly those users see. A sitecustomize.py audit hook ends
the process with a distinctive status at the "exec" event of the main
module's code object: the file was compiled, and nothing of it runs.

    hook_dir = tempfile.mkdtemp()
    install_reference_hook(hook_dir)
    status, stderr, returncode = run_reference(path, hook_dir, timeout=60)
"""

import os
import resource
import subprocess

PYTHON = "/usr/bin/python3.11"
ADDRESS_SPACE_LIMIT = 2 << 30
REFERENCE_COMPILED_OK = 77

REFERENCE_HOOK = r'''
import os, sys
_target = os.environ.get("NCC_REFERENCE_TARGET")
def _nuitka_cc_reference_hook(event, args):
    if event == "exec" and _target is not None:
        code = args[0]
        if (getattr(code, "co_filename", None) == _target and
                getattr(code, "co_name", None) == "<module>"):
            os._exit(77)
sys.addaudithook(_nuitka_cc_reference_hook)
'''


def limit_address_space():
    """preexec_fn: the 2 GiB address-space limit the tests run under."""
    resource.setrlimit(resource.RLIMIT_AS,
                       (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))


def install_reference_hook(directory):
    with open(os.path.join(directory, "sitecustomize.py"), "w") as f:
        f.write(REFERENCE_HOOK)


def run_reference(path, hook_dir, timeout):
    """(status, stderr text, return code); status is "ok" (compiled),
    "reject" (exit 1), "input_error" (cannot open), "timeout" or "other"."""
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8",
           "PYTHONPATH": hook_dir, "NCC_REFERENCE_TARGET": path,
           "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        proc = subprocess.run([PYTHON, "-s", path], stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=env, cwd=hook_dir, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timeout", "", None
    text = proc.stderr.decode("utf-8", "surrogateescape")
    if proc.returncode == REFERENCE_COMPILED_OK:
        return "ok", text, proc.returncode
    if proc.returncode == 1:
        return "reject", text, proc.returncode
    if proc.returncode == 2 and "can't open file" in text:
        return "input_error", text, proc.returncode
    return "other", text, proc.returncode
