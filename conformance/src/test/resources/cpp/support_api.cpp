// Checks of the generated C++ API, evaluated by the compiler: every function below runs in a
// constant expression, so a wrong result fails a static_assert and undefined behaviour (an
// access out of bounds) is a compile error.
#include "enums/fixtures_enums.hpp"
#include "int128_enums/fixtures_int128_enums.hpp"

namespace {

using fixtures::enums::F8;
using fixtures::enums::G8;
using fixtures::int128_enums::HugeFlags;

constexpr bool string_assign_replaces_and_zeroes_the_rest() {
    iox_schema::StaticString<4> s{};
    bool ok = s.assign("abcd") && s.size() == 4 && s.view() == "abcd" && s.terminator == '\0';
    ok = ok && s.assign("xy") && s.view() == "xy" && s.len == 2 && s.data[2] == '\0' && s.data[3] == '\0';
    return ok && iox_schema::StaticString<4>::capacity() == 4;
}
static_assert(string_assign_replaces_and_zeroes_the_rest());

constexpr bool string_assign_rejects_what_does_not_fit() {
    iox_schema::StaticString<4> s{};
    bool ok = s.assign("xy") && !s.assign("abcde") && s.view() == "xy";
    s.clear();
    return ok && s.empty() && s.data[0] == '\0' && s.view().empty();
}
static_assert(string_assign_rejects_what_does_not_fit());

constexpr bool string_size_never_exceeds_capacity() {
    iox_schema::StaticString<4> s{};
    s.len = 1000;  // as another process might have written it
    return s.size() == 4 && s.view().size() == 4;
}
static_assert(string_size_never_exceeds_capacity());

constexpr bool vec_push_back_until_full() {
    iox_schema::StaticVec<std::uint16_t, 2> v{};
    bool ok = v.empty() && v.push_back(7) && v.push_back(8) && !v.push_back(9);
    ok = ok && v.size() == 2 && v[0] == 7 && v[1] == 8 && v.len == 2;
    int sum = 0;
    for (std::uint16_t x : v) {
        sum += x;
    }
    return ok && sum == 15 && iox_schema::StaticVec<std::uint16_t, 2>::capacity() == 2;
}
static_assert(vec_push_back_until_full());

constexpr bool vec_pop_back_and_clear_zero_elements() {
    iox_schema::StaticVec<std::uint16_t, 3> v{};
    bool ok = v.push_back(1) && v.push_back(2) && v.push_back(3);
    v.pop_back();
    ok = ok && v.size() == 2 && v.data[2] == 0;
    v.clear();
    v.pop_back();  // on an empty vec: nothing happens
    return ok && v.empty() && v.data[0] == 0 && v.data[1] == 0 && v.begin() == v.end();
}
static_assert(vec_pop_back_and_clear_zero_elements());

constexpr bool vec_size_never_exceeds_capacity() {
    iox_schema::StaticVec<std::uint16_t, 3> v{};
    v.len = 1000;  // as another process might have written it
    int count = 0;
    for (std::uint16_t x : v) {
        count += 1 + x;
    }
    return v.size() == 3 && count == 3;
}
static_assert(vec_size_never_exceeds_capacity());

constexpr bool vec_of_strings() {
    iox_schema::StaticVec<iox_schema::StaticString<3>, 2> v{};
    return v.push_back({}) && v[0].assign("abc") && v.size() == 1 && v[0].view() == "abc";
}
static_assert(vec_of_strings());

constexpr bool flags_combine_and_test() {
    F8 f = F8::A | F8::C;
    bool ok = iox_schema::has_all(f, F8::A) && !iox_schema::has_all(f, F8::A | F8::B);
    ok = ok && iox_schema::has_any(f, F8::B | F8::C) && !iox_schema::has_any(f, F8::B);
    f &= ~F8::A;
    ok = ok && f == F8::C;
    f ^= F8::B;
    ok = ok && f == (F8::B | F8::C) && (f & F8::B) == F8::B;
    f |= F8::A;
    return ok && iox_schema::to_underlying(f) == 0x83 && iox_schema::to_underlying(~F8{}) == 0xff;
}
static_assert(flags_combine_and_test());

constexpr bool signed_and_128_bit_flags() {
    G8 g = G8::A | G8::B;
    HugeFlags h = HugeFlags::Low | HugeFlags::High;
    bool ok = iox_schema::to_underlying(g) == 65 && iox_schema::to_underlying(~g) == -66;
    ok = ok && iox_schema::has_all(h, HugeFlags::High) && (h ^ HugeFlags::High) == HugeFlags::Low;
    return ok && iox_schema::to_underlying(~h) == (~iox_u128{0} >> 1) - 1;
}
static_assert(signed_and_128_bit_flags());

}  // namespace
