namespace Cadence.Instagram.Tests.Publishing;

public sealed class ContainerValidationTests
{
    private const string Jpeg = "https://cdn.example/a.jpg";

    [Fact]
    public void A_caption_of_2200_characters_is_allowed_and_2201_is_refused()
    {
        Assert.Empty(new ImageContainer(Jpeg) { Caption = new string('a', 2200) }.Validate());
        Assert.Equal("Caption", Assert.Single(new ImageContainer(Jpeg) { Caption = new string('a', 2201) }.Validate()).Field);
    }

    [Fact]
    public void More_than_30_hashtags_are_refused()
    {
        var thirty = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"#tag{i}"));

        Assert.Empty(new ReelContainer("https://cdn.example/v.mp4") { Caption = thirty }.Validate());
        Assert.Contains("hashtags", Assert.Single(new ReelContainer("https://cdn.example/v.mp4") { Caption = thirty + " #more" }.Validate()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_20_mentions_are_refused_but_email_addresses_are_not_mentions()
    {
        var twenty = string.Join(' ', Enumerable.Range(1, 20).Select(i => $"@user{i}"));

        Assert.Empty(new ImageContainer(Jpeg) { Caption = twenty + " write to hello@cadence.example" }.Validate());
        Assert.Contains("mentions", Assert.Single(new ImageContainer(Jpeg) { Caption = twenty + " @one.more" }.Validate()).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void A_carousel_takes_2_to_10_children(int children, bool valid)
    {
        var request = new CarouselContainer(Enumerable.Range(1, children).Select(i => $"c{i}").ToList());

        Assert.Equal(valid, request.Validate().Count == 0);
    }

    [Fact]
    public void Feed_image_tags_need_a_position_inside_the_image_but_story_tags_do_not()
    {
        Assert.NotEmpty(new ImageContainer(Jpeg) { UserTags = [new UserTag("friend")] }.Validate());
        Assert.NotEmpty(new ImageContainer(Jpeg) { UserTags = [new UserTag("friend", 1.2, 0.5)] }.Validate());
        Assert.Empty(new ImageContainer(Jpeg) { UserTags = [new UserTag("friend", 0.5, 0.8)] }.Validate());
        Assert.Empty(new StoryImageContainer(Jpeg) { UserTags = [new UserTag("friend")] }.Validate());
    }

    [Fact]
    public void Alt_text_collaborators_offsets_and_urls_are_checked()
    {
        Assert.Equal("AltText", Assert.Single(new ImageContainer(Jpeg) { AltText = new string('a', 1001) }.Validate()).Field);
        Assert.Equal("Collaborators", Assert.Single(new CarouselContainer(["a", "b"]) { Collaborators = ["a", "b", "c", "d"] }.Validate()).Field);
        Assert.Equal("ThumbOffset", Assert.Single(new ReelContainer("https://cdn.example/v.mp4") { ThumbOffset = -1 }.Validate()).Field);
        Assert.Equal("ImageUrl", Assert.Single(new ImageContainer("file:///etc/passwd").Validate()).Field);
    }
}
