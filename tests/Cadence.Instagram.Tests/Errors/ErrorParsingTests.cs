using System.Net;
using Cadence.Instagram.Tests.Support;

namespace Cadence.Instagram.Tests.Errors;

public sealed class ErrorParsingTests
{
    [Fact]
    public void The_reference_envelope_becomes_a_rejection_with_the_reason_for_the_author()
    {
        var error = InstagramErrorParser.Parse(HttpStatusCode.BadRequest, Fixtures.ImageTooLarge);

        Assert.Equal(InstagramErrorKind.MediaRejected, error.Kind);
        Assert.Equal(36000, error.Code);
        Assert.Equal(2207004, error.Subcode);
        Assert.Equal("Image size too large", error.UserTitle);
        Assert.Equal("The image is too large to download. It should be less than 8 MiB.", error.UserMessage);
        Assert.Equal("A6LJylpZRKw2xKLFsAP-cJh", error.TraceId);
        Assert.False(error.IsTransient);
    }

    [Theory]
    [InlineData(463)]
    [InlineData(467)]
    [InlineData(460)]
    [InlineData(458)]
    [InlineData(459)]
    [InlineData(464)]
    [InlineData(492)]
    public void Token_errors_ask_for_a_reconnection(int subcode)
    {
        var error = InstagramErrorParser.Parse(HttpStatusCode.BadRequest, Fixtures.Error(190, subcode));

        Assert.Equal(InstagramErrorKind.TokenInvalid, error.Kind);
        Assert.True(error.RequiresReconnect);
    }

    [Fact]
    public void The_expired_session_example_is_a_token_error()
    {
        var error = InstagramErrorParser.Parse(HttpStatusCode.BadRequest, Fixtures.SessionExpired);

        Assert.Equal(InstagramErrorKind.TokenInvalid, error.Kind);
        Assert.Equal(463, error.Subcode);
    }

    [Theory]
    [InlineData(190, null, InstagramErrorKind.TokenInvalid)]
    [InlineData(102, null, InstagramErrorKind.TokenInvalid)]
    [InlineData(4, null, InstagramErrorKind.RateLimited)]
    [InlineData(17, null, InstagramErrorKind.RateLimited)]
    [InlineData(613, null, InstagramErrorKind.RateLimited)]
    [InlineData(80002, null, InstagramErrorKind.RateLimited)]
    [InlineData(4, 2207051, InstagramErrorKind.RateLimited)]
    [InlineData(9, 2207042, InstagramErrorKind.PublishingQuotaReached)]
    [InlineData(9007, 2207027, InstagramErrorKind.MediaNotReady)]
    [InlineData(-2, 2207020, InstagramErrorKind.ContainerUnavailable)]
    [InlineData(24, 2207008, InstagramErrorKind.ContainerUnavailable)]
    [InlineData(36003, 2207009, InstagramErrorKind.MediaRejected)]
    [InlineData(36004, 2207010, InstagramErrorKind.MediaRejected)]
    [InlineData(100, 2207028, InstagramErrorKind.MediaRejected)]
    [InlineData(100, 2207040, InstagramErrorKind.MediaRejected)]
    [InlineData(1, 2207057, InstagramErrorKind.MediaRejected)]
    [InlineData(9004, 2207052, InstagramErrorKind.MediaRejected)]
    [InlineData(352, 2207026, InstagramErrorKind.MediaRejected)]
    [InlineData(25, 2207050, InstagramErrorKind.AccountRestricted)]
    [InlineData(10, null, InstagramErrorKind.PermissionMissing)]
    [InlineData(200, null, InstagramErrorKind.PermissionMissing)]
    [InlineData(10, 2534022, InstagramErrorKind.OutsideMessagingWindow)]
    [InlineData(1, null, InstagramErrorKind.Transient)]
    [InlineData(2, null, InstagramErrorKind.Transient)]
    [InlineData(-1, 2207001, InstagramErrorKind.Transient)]
    [InlineData(100, 33, InstagramErrorKind.NotFound)]
    [InlineData(100, null, InstagramErrorKind.InvalidRequest)]
    public void Codes_and_subcodes_decide_the_kind(int code, int? subcode, InstagramErrorKind expected)
    {
        Assert.Equal(expected, InstagramErrorParser.Parse(HttpStatusCode.BadRequest, Fixtures.Error(code, subcode)).Kind);
    }

    [Fact]
    public void Is_transient_marks_an_otherwise_unknown_error_transient()
    {
        var error = InstagramErrorParser.Parse(HttpStatusCode.BadRequest, Fixtures.Error(12345, transient: true));

        Assert.Equal(InstagramErrorKind.Transient, error.Kind);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public void A_5xx_without_an_envelope_is_transient()
    {
        var error = InstagramErrorParser.Parse(HttpStatusCode.BadGateway, "<html>bad gateway</html>");

        Assert.Equal(InstagramErrorKind.Transient, error.Kind);
    }

    [Fact]
    public void The_oauth_hosts_flat_error_shape_is_understood()
    {
        var error = InstagramErrorParser.Parse(HttpStatusCode.BadRequest, Fixtures.CodeExchangeError);

        Assert.Equal(InstagramErrorKind.InvalidRequest, error.Kind);
        Assert.Equal("Matching code was not found or was already used", error.Message);
    }
}
