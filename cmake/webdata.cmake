# Fetches the web page's pinned npm assets of LOCK (data/webdata.lock) and
# writes OUT (BUILD/webdata/world.json: world-atlas's countries-110m.json,
# the map outlines served as /world.json). Run by the build, not by
# configure:
#
#   cmake -DLOCK=data/webdata.lock -DDIR=build/webdata -DOUT=build/webdata/world.json
#         -DNPM=/usr/bin/npm -DREQUIRED=OFF -P cmake/webdata.cmake
#
# As cmake/gazetteer.cmake: each tarball is cached as DIR/cache/NAME-VERSION.tgz
# and used only if its sha512 is the one pinned in LOCK; a cached tarball that
# matches is never fetched again; a tarball fetched with the wrong digest is
# deleted and the build fails (the lock or the registry needs a human).
#
# When the registry cannot be reached (or npm is missing), the build goes on
# without OUT (a warning says why) unless REQUIRED is ON: the page is then
# served without outlines (/world.json is a 404 and the page draws a
# graticule only). The next build tries again. OUT is written whole and
# renamed into place, with a fresh time stamp (the tarball's files date from
# 1985, which would make OUT look stale to make forever).

function(fail_or_warn msg)
  if(REQUIRED)
    message(FATAL_ERROR "webdata: ${msg}")
  endif()
  message(WARNING "webdata: ${msg}\n"
                  "webdata: building WITHOUT ${OUT}; the web page's map will have no "
                  "country outlines. Fix the cause and rebuild (cached tarballs are kept).")
  set(WEBDATA_SKIP TRUE PARENT_SCOPE)
endfunction()

include("${CMAKE_CURRENT_LIST_DIR}/npm_lock.cmake")
npm_lock_fetch(webdata "${LOCK}" "${DIR}" "${NPM}")
if(NPM_LOCK_FAILED)
  fail_or_warn("${NPM_LOCK_FAILED}")
  return()
endif()
set(atlas_dir "")
if(EXISTS "${DIR}/src/world-atlas/package")
  set(atlas_dir "${DIR}/src/world-atlas/package")
endif()
if(NOT atlas_dir)
  message(FATAL_ERROR "webdata: ${LOCK} pins no world-atlas")
endif()
set(in "${atlas_dir}/countries-110m.json")
if(NOT EXISTS "${in}")
  message(FATAL_ERROR "webdata: ${in} is missing from the world-atlas tarball")
endif()
file(READ "${in}" head LIMIT 64)
if(NOT head MATCHES "\"type\":\"Topology\"")
  message(FATAL_ERROR "webdata: ${in} is not a TopoJSON topology")
endif()
file(COPY_FILE "${in}" "${OUT}.tmp")
file(TOUCH "${OUT}.tmp")
file(RENAME "${OUT}.tmp" "${OUT}")
