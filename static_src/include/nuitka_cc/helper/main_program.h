/* The program's main: starts the interpreter as `python3.11 script.py`
 * would (sys.argv from the command line, sys.path[0] the script's
 * directory, the __main__ module with __file__ and __builtins__), runs the
 * compiled __main__ module, prints an uncaught exception and exits with
 * python3.11's status (SystemExit codes, KeyboardInterrupt...).
 *
 *   int main(int argc, char **argv) {
 *     return NuitkaCC_RunMain(argc, argv, &NuitkaCC_Module___main__);
 *   }
 */
#ifndef NUITKA_CC_HELPER_MAIN_PROGRAM_H_
#define NUITKA_CC_HELPER_MAIN_PROGRAM_H_

typedef struct NuitkaCC_ModuleDef {
  /* The module name, "__main__". */
  const char *name;
  /* __file__: the source path, absolute. */
  const char *filename;
  /* The script's directory (real path), for sys.path[0]. */
  const char *sys_path0;
  /* Loads the module's constants and code objects; 0 or -1. */
  int (*load_constants)(void);
  /* The module's own code object (after load_constants), borrowed. */
  PyCodeObject *(*module_code)(void);
  /* Runs the compiled module body in `module_dict`: 0, or -1 with the
   * exception set. NULL when the module body runs from its bytecode. */
  int (*run_body)(PyThreadState *tstate, PyObject *module_dict);
} NuitkaCC_ModuleDef;

int NuitkaCC_RunMain(int argc, char **argv,
                     const NuitkaCC_ModuleDef *main_module);

/* Runs the module body (compiled, or from its bytecode) in `module_dict`,
 * once its constants are loaded: 0, or -1 with the exception set. */
int NuitkaCC_RunModuleBody(PyThreadState *tstate,
                           const NuitkaCC_ModuleDef *def,
                           PyObject *module_dict);

#ifdef Py_REF_DEBUG
/* Against a debug CPython: with NUITKA_CC_REFCOUNT_ROUNDS=N in the
 * environment, runs the body N times in `module_dict` with its output
 * discarded and prints "refcount rounds:" and the total reference count
 * after each round to stderr (see refcount_rounds.c). 0 (also when the
 * variable is unset), or -1 with the exception that ends the program. */
int NuitkaCC_RunRefcountRounds(PyThreadState *tstate,
                               const NuitkaCC_ModuleDef *def,
                               PyObject *module_dict);
#endif

#endif /* NUITKA_CC_HELPER_MAIN_PROGRAM_H_ */
