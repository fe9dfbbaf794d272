/* CPython 3.11's internal API that compiled code and the runtime use: the
 * frame stack, thread state, recursion counting and the exception state.
 * Only the static libpython exports these symbols; see
 * docs/code_generation.md ("Linking").
 */
#ifndef NUITKA_CC_HELPER_INTERNAL_API_H_
#define NUITKA_CC_HELPER_INTERNAL_API_H_

#ifndef Py_BUILD_CORE
#error "include nuitka_cc/prelude.h, which defines Py_BUILD_CORE"
#endif

#include "internal/pycore_call.h"
#include "internal/pycore_ceval.h"
#include "internal/pycore_code.h"
#include "internal/pycore_dict.h"
#include "internal/pycore_frame.h"
#include "internal/pycore_function.h"
#include "internal/pycore_long.h"
#include "internal/pycore_moduleobject.h"
#include "internal/pycore_object.h"
#include "internal/pycore_pyerrors.h"
#include "internal/pycore_pystate.h"
#include "internal/pycore_tuple.h"

#endif /* NUITKA_CC_HELPER_INTERNAL_API_H_ */
