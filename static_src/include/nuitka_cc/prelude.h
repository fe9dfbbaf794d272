/* What every generated C file includes, and nothing else: CPython with the
 * internal headers (compiled code drives real interpreter frames, see
 * docs/code_generation.md) and one helper header per operation family.
 *
 *   #include "nuitka_cc/prelude.h"
 *
 * Compile with -I<static_src/include> -I/usr/include/python3.11 and link the
 * runtime library with the static libpython3.11.
 */
#ifndef NUITKA_CC_PRELUDE_H_
#define NUITKA_CC_PRELUDE_H_

#ifndef Py_BUILD_CORE
#define Py_BUILD_CORE 1
#endif

#include <Python.h>

#include "nuitka_cc/helper/compiler.h"
#include "nuitka_cc/helper/internal_api.h"

/* In dependency order. */
#include "nuitka_cc/helper/floats.h"
#include "nuitka_cc/helper/small_ints.h"
#include "nuitka_cc/helper/operations.h"
#include "nuitka_cc/helper/comparisons.h"
#include "nuitka_cc/helper/attributes.h"
#include "nuitka_cc/helper/calls.h"
#include "nuitka_cc/helper/classes.h"
#include "nuitka_cc/helper/constants.h"
#include "nuitka_cc/helper/containers.h"
#include "nuitka_cc/helper/exceptions.h"
#include "nuitka_cc/helper/frames.h"
#include "nuitka_cc/helper/functions.h"
#include "nuitka_cc/helper/generators.h"
#include "nuitka_cc/helper/imports.h"
#include "nuitka_cc/helper/iteration.h"
#include "nuitka_cc/helper/local_variables.h"
#include "nuitka_cc/helper/main_program.h"
#include "nuitka_cc/helper/match.h"
#include "nuitka_cc/helper/module_variables.h"
#include "nuitka_cc/helper/strings.h"

#endif /* NUITKA_CC_PRELUDE_H_ */
