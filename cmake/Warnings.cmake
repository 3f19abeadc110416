# Warnings for our own targets only; -Werror in the ci preset (BADGEDESK_WERROR=ON).
function(badgedesk_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                             -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII
                                                 QT_NO_URL_CAST_FROM_STRING QT_STRICT_ITERATORS)
    if(BADGEDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
