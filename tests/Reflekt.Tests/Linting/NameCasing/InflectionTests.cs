using Reflekt.PythonCompat;

namespace Reflekt.Tests.Linting.NameCasing;

public sealed class InflectionTests
{
    // Cases from the `inflection` library's own test-suite and docstrings.
    [Theory]
    [InlineData("Product", "product")]
    [InlineData("SpecialGuest", "special_guest")]
    [InlineData("ApplicationController", "application_controller")]
    [InlineData("Area51Controller", "area51_controller")]
    [InlineData("HTMLTidy", "html_tidy")]
    [InlineData("HTMLTidyGenerator", "html_tidy_generator")]
    [InlineData("FreeBSD", "free_bsd")]
    [InlineData("HTML", "html")]
    [InlineData("street-address", "street_address")]
    public void Underscore(string input, string expected) => Assert.Equal(expected, Inflection.Underscore(input));

    [Theory]
    [InlineData("product", "Product")]
    [InlineData("special_guest", "SpecialGuest")]
    [InlineData("application_controller", "ApplicationController")]
    [InlineData("area51_controller", "Area51Controller")]
    public void Camelize(string input, string expected) => Assert.Equal(expected, Inflection.Camelize(input));

    [Theory]
    [InlineData("special_guest", "specialGuest")]
    [InlineData("Product", "product")]
    [InlineData("", "")]
    public void Camelize_lower(string input, string expected) => Assert.Equal(expected, Inflection.Camelize(input, uppercaseFirstLetter: false));

    [Theory]
    [InlineData("employee_salary", "Employee salary")]
    [InlineData("author_id", "Author")]
    [InlineData("_id", "")]
    public void Humanize(string input, string expected) => Assert.Equal(expected, Inflection.Humanize(input));

    [Theory]
    [InlineData("active_record", "Active Record")]
    [InlineData("ActiveRecord", "Active Record")]
    [InlineData("action web service", "Action Web Service")]
    [InlineData("Action Web Service", "Action Web Service")]
    [InlineData("Action web service", "Action Web Service")]
    [InlineData("actionwebservice", "Actionwebservice")]
    [InlineData("Actionwebservice", "Actionwebservice")]
    [InlineData("david's code", "David's Code")]
    [InlineData("David's code", "David's Code")]
    [InlineData("david's Code", "David's Code")]
    [InlineData("x-men: the last stand", "X Men: The Last Stand")]
    [InlineData("TheManWithoutAPast", "The Man Without A Past")]
    [InlineData("raiders_of_the_lost_ark", "Raiders Of The Lost Ark")]
    public void Titleize(string input, string expected) => Assert.Equal(expected, Inflection.Titleize(input));
}
