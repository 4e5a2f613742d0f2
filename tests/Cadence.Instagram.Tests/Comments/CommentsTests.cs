using Cadence.Instagram.Tests.Support;

namespace Cadence.Instagram.Tests.Comments;

public sealed class CommentsTests
{
    [Fact]
    public async Task Comments_are_listed_with_replies_authors_and_a_page_size_capped_at_50()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""
            {"data":[{"id":"c1","text":"nice","timestamp":"2026-05-01T10:00:00+0000","username":"someone","from":{"id":"igsid-1","username":"someone"},
                      "like_count":3,"hidden":false,"replies":{"data":[{"id":"r1","text":"thanks","parent_id":"c1","from":{"id":"1784","username":"me"}}]}}],
             "paging":{"cursors":{"after":"A"},"next":"https://graph/next"}}
            """);

        var page = await fake.Get<IInstagramComments>().GetCommentsPageAsync(FakeInstagram.Token, "m1", new PageCursor(Limit: 100));

        var sent = fake.Single();
        Assert.Equal("/v25.0/m1/comments", sent.Url.AbsolutePath);
        Assert.Equal("50", sent.Query["limit"]);
        var comment = Assert.Single(page.Items);
        Assert.Equal("igsid-1", comment.From!.Id);
        Assert.Equal("c1", Assert.Single(comment.Replies!.Data).ParentId);
        Assert.Equal("A", page.After);
    }

    [Fact]
    public async Task Replies_hide_unhide_and_delete_use_the_documented_requests()
    {
        using var fake = new FakeInstagram();
        fake.Handler.ReplyOk("""{"id":"r2"}""").ReplyOk("""{"success":true}""").ReplyOk("""{"success":true}""").ReplyOk("""{"success":true}""")
            .ReplyOk("""{"data":[{"id":"r1","text":"hi","parent_id":"c1"}]}""");
        var comments = fake.Get<IInstagramComments>();

        Assert.Equal("r2", await comments.ReplyAsync(FakeInstagram.Token, "c1", "Thank you!"));
        await comments.SetHiddenAsync(FakeInstagram.Token, "c1", hidden: true);
        await comments.SetHiddenAsync(FakeInstagram.Token, "c1", hidden: false);
        await comments.DeleteAsync(FakeInstagram.Token, "c1");
        var replies = await comments.GetRepliesPageAsync(FakeInstagram.Token, "c1");

        var sent = fake.Handler.Requests;
        Assert.Equal(("/v25.0/c1/replies", "Thank you!"), (sent[0].Url.AbsolutePath, sent[0].Form["message"]));
        Assert.Equal((HttpMethod.Post, "true"), (sent[1].Method, sent[1].Form["hide"]));
        Assert.Equal("false", sent[2].Form["hide"]);
        Assert.Equal((HttpMethod.Delete, "/v25.0/c1"), (sent[3].Method, sent[3].Url.AbsolutePath));
        Assert.Equal("/v25.0/c1/replies", sent[4].Url.AbsolutePath);
        Assert.False(replies.HasNext);
    }
}
