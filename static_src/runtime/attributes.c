/* Special method lookup for with statements (BEFORE_WITH and
 * BEFORE_ASYNC_WITH in ceval.c), with their messages. */
#include "nuitka_cc/prelude.h"

PyObject *NuitkaCC_LookupSpecial(PyObject *object, PyObject *name) {
  PyObject *bound = _PyObject_LookupSpecial(object, name);
  if (bound != NULL || PyErr_Occurred()) {
    return bound;
  }
  const char *text = PyUnicode_AsUTF8(name);
  if (text == NULL) {
    return NULL;
  }
  const char *type_name = Py_TYPE(object)->tp_name;
  if (strcmp(text, "__enter__") == 0) {
    PyErr_Format(PyExc_TypeError,
                 "'%.200s' object does not support the context manager protocol",
                 type_name);
  } else if (strcmp(text, "__exit__") == 0) {
    PyErr_Format(PyExc_TypeError,
                 "'%.200s' object does not support the context manager protocol "
                 "(missed __exit__ method)",
                 type_name);
  } else if (strcmp(text, "__aenter__") == 0) {
    PyErr_Format(PyExc_TypeError,
                 "'%.200s' object does not support the asynchronous context "
                 "manager protocol",
                 type_name);
  } else if (strcmp(text, "__aexit__") == 0) {
    PyErr_Format(PyExc_TypeError,
                 "'%.200s' object does not support the asynchronous context "
                 "manager protocol (missed __aexit__ method)",
                 type_name);
  } else {
    PyErr_SetObject(PyExc_AttributeError, name);
  }
  return NULL;
}

/* --- Filling the per-site caches, as CPython's specializer decides ---- */

/* Sites whose accesses cannot be cached (class attributes, descriptors,
 * objects with custom __getattribute__) try again only every so often, as
 * the interpreter's adaptive instructions back off. */
enum { kCacheBackoff = 64 };

static int ShouldTryCaching(NuitkaCC_AttributeCache *cache) {
  if (cache->backoff > 0) {
    cache->backoff--;
    return 0;
  }
  return 1;
}

/* Keeps a filled entry: in the first unused slot, else in place of the
 * oldest; an access that cannot be cached backs off. */
static void AddEntry(NuitkaCC_AttributeCache *cache,
                     const NuitkaCC_AttributeCacheEntry *entry) {
  if (entry->kind == NUITKA_CC_ATTRIBUTE_NONE) {
    cache->backoff = kCacheBackoff;
    return;
  }
  for (int i = 0; i < NUITKA_CC_ATTRIBUTE_CACHE_ENTRIES; i++) {
    if (cache->entries[i].kind == NUITKA_CC_ATTRIBUTE_NONE) {
      cache->entries[i] = *entry;
      return;
    }
  }
  cache->entries[cache->next] = *entry;
  cache->next = (cache->next + 1) % NUITKA_CC_ATTRIBUTE_CACHE_ENTRIES;
}

static int TypeVersion(PyTypeObject *type, uint32_t *version) {
  if (!_PyType_HasFeature(type, Py_TPFLAGS_VALID_VERSION_TAG) ||
      type->tp_version_tag == 0) {
    return 0;
  }
  *version = type->tp_version_tag;
  return 1;
}

/* A module attribute: its dict entry. */
static void CacheModuleAttribute(PyObject *object, PyObject *name,
                                 NuitkaCC_AttributeCacheEntry *entry) {
  PyDictObject *dict = (PyDictObject *)((PyModuleObject *)object)->md_dict;
  if (dict == NULL || !PyDict_CheckExact(dict) || dict->ma_values != NULL ||
      dict->ma_keys->dk_kind != DICT_KEYS_UNICODE || !PyUnicode_CheckExact(name)) {
    return;
  }
  Py_ssize_t index = _PyDictKeys_StringLookup(dict->ma_keys, name);
  if (index < 0) {
    return;
  }
  uint32_t version = _PyDictKeys_GetVersionForCurrentState(dict->ma_keys);
  if (version == 0) {
    return;
  }
  entry->kind = NUITKA_CC_ATTRIBUTE_MODULE;
  entry->version = version;
  entry->index = index;
}

/* An instance attribute kept in the instance's values (no dict made yet),
 * with no data descriptor of that name on the type. */
static void CacheInstanceValue(PyObject *object, PyObject *name, int for_store,
                               NuitkaCC_AttributeCacheEntry *entry) {
  PyTypeObject *type = Py_TYPE(object);
  if (!(type->tp_flags & Py_TPFLAGS_MANAGED_DICT) ||
      !(type->tp_flags & Py_TPFLAGS_HEAPTYPE) || !PyUnicode_CheckExact(name)) {
    return;
  }
  if (for_store ? type->tp_setattro != PyObject_GenericSetAttr
                : type->tp_getattro != PyObject_GenericGetAttr) {
    return;
  }
  PyObject *descriptor = _PyType_Lookup(type, name);
  if (descriptor != NULL &&
      (for_store || Py_TYPE(descriptor)->tp_descr_set != NULL)) {
    return;
  }
  if (*_PyObject_ManagedDictPointer(object) != NULL ||
      *_PyObject_ValuesPointer(object) == NULL) {
    return;
  }
  PyDictKeysObject *keys = ((PyHeapTypeObject *)type)->ht_cached_keys;
  if (keys == NULL) {
    return;
  }
  Py_ssize_t index = _PyDictKeys_StringLookup(keys, name);
  uint32_t version;
  if (index < 0 || !TypeVersion(type, &version)) {
    return;
  }
  entry->kind = NUITKA_CC_ATTRIBUTE_INSTANCE_VALUE;
  entry->version = version;
  entry->index = index;
}

PyObject *NuitkaCC_LoadAttributeAndCache(PyObject *object, PyObject *name,
                                         NuitkaCC_AttributeCache *cache) {
  PyObject *value = PyObject_GetAttr(object, name);
  if (value == NULL) {
    return NULL;
  }
  if (!ShouldTryCaching(cache)) {
    return value;
  }
  NuitkaCC_AttributeCacheEntry entry = {0};
  if (PyModule_CheckExact(object)) {
    CacheModuleAttribute(object, name, &entry);
  } else {
    CacheInstanceValue(object, name, 0, &entry);
  }
  AddEntry(cache, &entry);
  return value;
}

int NuitkaCC_StoreAttributeAndCache(PyObject *object, PyObject *name,
                                    PyObject *value,
                                    NuitkaCC_AttributeCache *cache) {
  if (PyObject_SetAttr(object, name, value) < 0) {
    return -1;
  }
  if (!ShouldTryCaching(cache)) {
    return 0;
  }
  NuitkaCC_AttributeCacheEntry entry = {0};
  CacheInstanceValue(object, name, 1, &entry);
  AddEntry(cache, &entry);
  return 0;
}

/* The entry for a method found on the type (`method`, borrowed). */
static void CacheMethod(PyObject *object, PyObject *name, PyObject *method,
                        NuitkaCC_AttributeCacheEntry *entry) {
  PyTypeObject *type = Py_TYPE(object);
  uint32_t version;
  if (type->tp_getattro != PyObject_GenericGetAttr || !PyUnicode_CheckExact(name) ||
      !_PyType_HasFeature(Py_TYPE(method), Py_TPFLAGS_METHOD_DESCRIPTOR) ||
      !TypeVersion(type, &version)) {
    return;
  }
  if (type->tp_dictoffset == 0) {
    entry->kind = NUITKA_CC_METHOD_NO_DICT;
  } else if ((type->tp_flags & Py_TPFLAGS_MANAGED_DICT) &&
             (type->tp_flags & Py_TPFLAGS_HEAPTYPE) &&
             *_PyObject_ManagedDictPointer(object) == NULL) {
    PyDictKeysObject *keys = ((PyHeapTypeObject *)type)->ht_cached_keys;
    if (keys == NULL || _PyDictKeys_StringLookup(keys, name) != DKIX_EMPTY) {
      return;
    }
    uint32_t keys_version = _PyDictKeys_GetVersionForCurrentState(keys);
    if (keys_version == 0) {
      return;
    }
    entry->kind = NUITKA_CC_METHOD_WITH_VALUES;
    entry->keys_version = keys_version;
  } else {
    return;
  }
  entry->version = version;
  entry->descriptor = method;
}

int NuitkaCC_LookupMethodAndCache(PyObject *object, PyObject *name,
                                  PyObject **method,
                                  NuitkaCC_AttributeCache *cache) {
  int unbound = NuitkaCC_LookupMethod(object, name, method);
  if (unbound < 0) {
    return -1;
  }
  if (!ShouldTryCaching(cache)) {
    return unbound;
  }
  NuitkaCC_AttributeCacheEntry entry = {0};
  if (unbound) {
    CacheMethod(object, name, *method, &entry);
  } else if (PyModule_CheckExact(object)) {
    CacheModuleAttribute(object, name, &entry);
  }
  AddEntry(cache, &entry);
  return unbound;
}

PyObject *NuitkaCC_LoadAttributeMiss(PyObject *object, PyObject *name,
                                     NuitkaCC_AttributeCache *cache) {
  for (int i = 1; i < NUITKA_CC_ATTRIBUTE_CACHE_ENTRIES; i++) {
    if (cache->entries[i].kind == NUITKA_CC_ATTRIBUTE_NONE) {
      break;
    }
    PyObject *value = NuitkaCC_AttributeFromEntry(object, &cache->entries[i]);
    if (value != NULL) {
      return value;
    }
  }
  return NuitkaCC_LoadAttributeAndCache(object, name, cache);
}

int NuitkaCC_StoreAttributeMiss(PyObject *object, PyObject *name, PyObject *value,
                                NuitkaCC_AttributeCache *cache) {
  for (int i = 1; i < NUITKA_CC_ATTRIBUTE_CACHE_ENTRIES; i++) {
    if (cache->entries[i].kind == NUITKA_CC_ATTRIBUTE_NONE) {
      break;
    }
    if (NuitkaCC_StoreThroughEntry(object, value, &cache->entries[i])) {
      return 0;
    }
  }
  return NuitkaCC_StoreAttributeAndCache(object, name, value, cache);
}

int NuitkaCC_LookupMethodMiss(PyObject *object, PyObject *name, PyObject **method,
                              NuitkaCC_AttributeCache *cache) {
  for (int i = 1; i < NUITKA_CC_ATTRIBUTE_CACHE_ENTRIES; i++) {
    if (cache->entries[i].kind == NUITKA_CC_ATTRIBUTE_NONE) {
      break;
    }
    int found = NuitkaCC_MethodFromEntry(object, &cache->entries[i], method);
    if (found >= 0) {
      return found;
    }
  }
  return NuitkaCC_LookupMethodAndCache(object, name, method, cache);
}
