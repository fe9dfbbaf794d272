// CPython's internal C AST and symbol table, as the front end uses them.
//
// This is the only header that reaches into CPython's internals; it must be
// included instead of the pycore headers themselves. The structures are
// those of CPython 3.11.2 (Debian's python3.11-dev); the compiler links the
// static libpython3.11 that defines them.
#ifndef NUITKA_CC_TREE_PYTHON_AST_H_
#define NUITKA_CC_TREE_PYTHON_AST_H_

#ifndef Py_BUILD_CORE
#define Py_BUILD_CORE 1
#endif
#include <Python.h>

#include "internal/pycore_ast.h"
#include "internal/pycore_compile.h"
#include "internal/pycore_pyarena.h"
#include "internal/pycore_parser.h"
#include "internal/pycore_symtable.h"

#endif  // NUITKA_CC_TREE_PYTHON_AST_H_
