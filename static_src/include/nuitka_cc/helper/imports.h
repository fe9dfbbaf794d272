/* Imports (IMPORT_NAME, IMPORT_FROM, IMPORT_STAR), with CPython's messages.
 *
 *   PyObject *module = NuitkaCC_ImportName(tstate, frame, name, fromlist,
 *                                          level);
 */
#ifndef NUITKA_CC_HELPER_IMPORTS_H_
#define NUITKA_CC_HELPER_IMPORTS_H_

/* __import__(name, globals, locals, fromlist, level) through the frame's
 * builtins, calling the import machinery directly unless __import__ was
 * replaced. `locals` may be NULL (None is passed). */
PyObject *NuitkaCC_ImportName(PyThreadState *tstate, PyObject *globals,
                              PyObject *locals, PyObject *builtins,
                              PyObject *name, PyObject *fromlist,
                              PyObject *level);

/* from module import name: the attribute, else the submodule from
 * sys.modules, else ImportError "cannot import name ...". */
PyObject *NuitkaCC_ImportFrom(PyThreadState *tstate, PyObject *module,
                              PyObject *name);

/* from module import *: into `locals` (a mapping). 0 or -1. */
int NuitkaCC_ImportStar(PyThreadState *tstate, PyObject *module,
                        PyObject *locals);

#endif /* NUITKA_CC_HELPER_IMPORTS_H_ */
