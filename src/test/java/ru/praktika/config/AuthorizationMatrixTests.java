package ru.praktika.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import ru.praktika.meeting.MeetingCommands;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.domain.MeetingFiles;
import ru.praktika.meeting.domain.MeetingService;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.domain.PracticeImports;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.report.ReportFormat;
import ru.praktika.report.ReportKind;
import ru.praktika.report.ReportRequest;
import ru.praktika.report.domain.Reports;
import ru.praktika.shared.Actor;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * The authorization matrix of the JSON API (issue #12, point 8): every operation of the OpenAPI document under
 * {@code /api/v1}, asked by each role — the public, the secretariat, an expert, the operator of the object's region
 * ({@code perm}, 59) and the operator of another region ({@code tatarstan}, 16) — answers as {@link #MATRIX} says.
 *
 * <p>An answer is judged by its class, so the table stays stable while bodies and data change: {@code ok} means the
 * request passed authorization (any 2xx, or 400/409/422: it was judged on its content); {@code 401}, {@code 403} and
 * {@code 404} are exact (404 hides an object the role may not know of, deliberately). Writes send a minimal body,
 * often an invalid one, so that an allowed role is stopped by the content check after the permission check and
 * changes nothing shared. Reads share the objects made once; each write gets fresh objects for each role, so one
 * role's write never changes what the next one meets.
 *
 * <p>A new endpoint without a row fails the test, and so does a row whose operation is gone.
 */
@PraktikaTest
// a database of its own: the matrix publishes practices, adds regional projects and meetings of region 59 that the
// journeys of the shared context must not meet
@org.springframework.test.context.TestPropertySource(properties = "praktika.test.database=authorization-matrix")
class AuthorizationMatrixTests {

    /**
     * One row per operation and object: method, path (with a query where the operation needs one), the objects of
     * its path variables ({@code draft59,action=submit} adds a variable), the answer to anonymous, admin, expert,
     * perm and tatarstan, and the body of a write ({@code <file>} sends an empty multipart file). Region-bound
     * objects belong to region 59: perm is their own region's operator, tatarstan another region's.
     */
    static final String MATRIX = """
            # method path                                                   objects                  anon admin expert perm tatar body
            ## territory: public reference data
            GET  /api/v1/regions                                             -                        ok   ok    ok     ok   ok
            GET  /api/v1/regions/{code}                                      region59                 ok   ok    ok     ok   ok
            GET  /api/v1/municipalities?region=59                            -                        ok   ok    ok     ok   ok
            GET  /api/v1/municipalities/edition                              -                        ok   ok    ok     ok   ok
            GET  /api/v1/municipalities/{oktmo}                              municipality59           ok   ok    ok     ok   ok

            ## organization: organizations are public; a council is changed by the secretariat or its own operator
            GET  /api/v1/organizations                                       -                        ok   ok    ok     ok   ok
            GET  /api/v1/organizations/{id}                                  council59                ok   ok    ok     ok   ok
            PUT  /api/v1/organizations/{id}                                  council59                401  ok    403    ok   403   {"name": "Совет", "version": 0}
            PUT  /api/v1/organizations/{id}                                  association              401  ok    403    403  403   {"name": "Ассоциация", "version": 0}
            GET  /api/v1/me                                                  -                        401  ok    ok     ok   ok

            ## nationalproject: the catalogue is public, the secretariat corrects it, a council keeps its regional projects
            GET  /api/v1/national-projects                                   -                        ok   ok    ok     ok   ok
            GET  /api/v1/national-projects/{code}                            nationalProject          ok   ok    ok     ok   ok
            PUT  /api/v1/national-projects/{code}                            nationalProject          401  ok    403    403  403   {"name": "Жильё", "version": -1}
            POST /api/v1/national-projects/{code}/federal-projects           nationalProject          401  ok    403    403  403   {"name": "${tooLongName}"}
            GET  /api/v1/federal-projects/{code}                             federalProject           ok   ok    ok     ok   ok
            PUT  /api/v1/federal-projects/{code}                             federalProject           401  ok    403    403  403   {"name": "${tooLongName}"}
            POST /api/v1/federal-projects/{code}/indicators                  federalProject           401  ok    403    403  403   {"name": "Дворы", "unit": "единица", "baseYear": 1900}
            GET  /api/v1/regions/{code}/regional-projects                    region59                 ok   ok    ok     ok   ok
            POST /api/v1/regions/{code}/regional-projects                    region59                 401  ok    403    ok   403   {"federalProject": "NP00-00-FP00", "name": "Проект"}
            GET  /api/v1/regional-projects/{id}                              regionalProject59        ok   ok    ok     ok   ok
            POST /api/v1/regional-projects/{id}/indicators                   regionalProject59        401  ok    403    ok   403   {"name": "Дворы", "unit": "единица", "baseYear": 1900}

            ## practice: published cards are public; unpublished ones are their region's, the experts' and the secretariat's
            GET  /api/v1/practices                                           -                        ok   ok    ok     ok   ok
            POST /api/v1/practices                                           -                        401  ok    403    ok   403   {"year": 2023, "regionCode": "59", "title": ""}
            GET  /api/v1/practices/{id}                                      draft59                  404  ok    ok     ok   404
            GET  /api/v1/practices/{id}                                      published59              ok   ok    ok     ok   ok
            PUT  /api/v1/practices/{id}                                      draft59                  401  ok    403    ok   404   {"version": -1}
            PUT  /api/v1/practices/{id}                                      published59              401  ok    403    ok   403   {"version": -1}
            POST /api/v1/practices/{id}/actions/{action}                     draft59,action=submit    401  ok    403    ok   404
            POST /api/v1/practices/{id}/actions/{action}                     submitted59,action=forward 401 ok   403    ok   404
            POST /api/v1/practices/{id}/actions/{action}                     submitted59,action=return  401 ok   403    ok   404   {"comment": "Добавьте результаты"}
            POST /api/v1/practices/{id}/actions/{action}                     forwarded59,action=return  401 ok   403    403  404   {"comment": "Добавьте результаты"}
            POST /api/v1/practices/{id}/actions/{action}                     forwarded59,action=accept  401 ok   403    403  404
            POST /api/v1/practices/{id}/actions/{action}                     accepted59,action=publish  401 ok   403    403  404
            GET  /api/v1/practices/{id}/history                              draft59                  404  ok    ok     ok   404
            GET  /api/v1/practices/{id}/history                              published59              403  ok    ok     ok   403
            GET  /api/v1/practices/{id}/versions                             draft59                  404  ok    ok     ok   404
            GET  /api/v1/practices/{id}/versions                             published59              403  ok    ok     ok   403
            GET  /api/v1/practices/{id}/diff?from={version}&to={version}     draft59                  404  ok    ok     ok   404
            GET  /api/v1/practices/{id}/diff?from={version}&to={version}     published59              403  ok    ok     ok   403
            GET  /api/v1/practices/{id}/comments                             draft59                  404  ok    ok     ok   404
            GET  /api/v1/practices/{id}/comments                             published59              403  ok    ok     ok   403
            POST /api/v1/practices/{id}/comments                             draft59                  401  ok    ok     ok   404   {"comment": ""}
            POST /api/v1/practices/{id}/comments                             published59              401  ok    ok     ok   403   {"comment": ""}
            GET  /api/v1/practices/{id}/attachments                          draft59                  404  ok    ok     ok   404
            GET  /api/v1/practices/{id}/attachments                          published59              ok   ok    ok     ok   ok
            POST /api/v1/practices/{id}/attachments                          draft59                  401  ok    403    ok   404   <file>
            POST /api/v1/practices/{id}/attachments                          published59              401  ok    403    ok   403   <file>
            GET  /api/v1/practices/{id}/attachments/{attachmentId}           draft59                  404  ok    ok     ok   404
            GET  /api/v1/practices/{id}/attachments/{attachmentId}           published59              ok   ok    ok     ok   ok

            ## practice: campaigns and the council's workbook
            GET  /api/v1/campaigns                                           -                        401  ok    ok     ok   ok
            POST /api/v1/campaigns                                           -                        401  ok    403    403  403   {"year": 0}
            GET  /api/v1/campaigns/{year}                                    campaign                 401  ok    ok     ok   ok
            POST /api/v1/campaigns/{year}/extensions                         campaign                 401  ok    403    403  403   {"regionCode": "59"}
            GET  /api/v1/campaigns/{year}/template.xlsx?region=59            campaign                 401  ok    403    ok   403
            GET  /api/v1/campaigns/{year}/practices.xlsx?region=59           campaign                 401  ok    ok     ok   403
            POST /api/v1/campaigns/{year}/imports?region=59                  campaign                 401  ok    403    ok   403   <file>

            ## linkage: suggestions for any signed-in user; findings are review data; experts review them
            POST /api/v1/linkage/suggest                                     -                        401  ok    ok     ok   ok    {}
            POST /api/v1/linkage/refit                                       -                        401  ok    403    403  403
            GET  /api/v1/practices/{id}/similar                              draft59                  404  ok    ok     ok   404
            GET  /api/v1/practices/{id}/similar                              published59              ok   ok    ok     ok   ok
            GET  /api/v1/practices/{id}/findings                             draft59                  404  ok    ok     ok   404
            GET  /api/v1/practices/{id}/findings                             published59              403  ok    ok     ok   403
            POST /api/v1/findings/{id}/review                                finding59                401  ok    ok     403  403

            ## review: quality is review data; the board, the ranking and the rules are for signed-in users
            GET  /api/v1/practices/{id}/quality                              draft59                  404  ok    ok     ok   404
            GET  /api/v1/practices/{id}/quality                              published59              403  ok    ok     ok   403
            GET  /api/v1/quality/rules                                       -                        401  ok    ok     ok   ok
            PUT  /api/v1/quality/rules                                       -                        401  ok    403    403  403   {"REQUIRED_FIELDS": 101}
            GET  /api/v1/campaigns/{year}/regions                            campaign                 401  ok    ok     ok   ok
            GET  /api/v1/campaigns/{year}/ranking                            campaign                 401  ok    ok     ok   ok

            ## meeting: a draft is the secretariat's, an announced meeting also its councils', a held one every signed-in user's
            GET  /api/v1/meetings                                            -                        401  ok    ok     ok   ok
            POST /api/v1/meetings                                            -                        401  ok    403    403  403   {}
            GET  /api/v1/meetings/{id}                                       draftMeeting             401  ok    404    404  404
            GET  /api/v1/meetings/{id}                                       announcedMeeting59       401  ok    404    ok   404
            GET  /api/v1/meetings/{id}                                       heldMeeting              401  ok    ok     ok   ok
            PUT  /api/v1/meetings/{id}                                       heldMeeting              401  ok    403    403  403   {}
            POST /api/v1/meetings/{id}/actions/{action}                      heldMeeting,action=close 401  ok    403    403  403
            POST /api/v1/meetings/{id}/participants                          heldMeeting              401  ok    403    403  403   {}
            POST /api/v1/meetings/{id}/participants/invite-councils          heldMeeting              401  ok    403    403  403
            PUT  /api/v1/meetings/{id}/participants/{participantId}          heldMeeting              401  ok    403    403  403   {"present": true}
            POST /api/v1/meetings/{id}/items                                 heldMeeting              401  ok    403    403  403   {}
            POST /api/v1/meetings/{id}/items/{itemId}/speeches               heldMeeting              401  ok    403    403  403   {}
            POST /api/v1/meetings/{id}/items/{itemId}/decisions              heldMeeting              401  ok    403    403  403   {}
            POST /api/v1/meetings/{id}/items/{itemId}/materials              heldMeeting              401  ok    403    403  403   <file>
            POST /api/v1/meetings/{id}/instructions                          heldMeeting              401  ok    403    403  403   {}
            POST /api/v1/meetings/{id}/closing                               heldMeeting              401  ok    403    403  403   {}
            POST /api/v1/meetings/{id}/press-release                         heldMeeting              401  ok    403    403  403
            PUT  /api/v1/meetings/{id}/press-release                         heldMeeting              401  ok    403    403  403   {}
            POST /api/v1/meetings/{id}/press-release/publish                 heldMeeting              401  ok    403    403  403
            GET  /api/v1/meetings/{id}/minutes                               draftMeeting             401  ok    404    404  404
            GET  /api/v1/meetings/{id}/minutes                               heldMeeting              401  ok    ok     ok   ok
            GET  /api/v1/meetings/{id}/calendar.ics                          draftMeeting             401  ok    404    404  404
            GET  /api/v1/meetings/{id}/calendar.ics                          announcedMeeting59       401  ok    404    ok   404
            GET  /api/v1/meetings/{id}/calendar.ics                          heldMeeting              401  ok    ok     ok   ok
            GET  /api/v1/meetings/{id}/files/{fileId}                        draftMeeting             401  ok    404    404  404
            GET  /api/v1/meetings/{id}/files/{fileId}                        heldMeeting              401  ok    ok     ok   ok
            GET  /api/v1/meetings/{id}/files/{fileId}                        reportFile59             401  ok    404    ok   404
            GET  /api/v1/instructions                                        -                        401  ok    ok     ok   ok
            POST /api/v1/instructions/{id}/report                            instruction59            401  ok    403    ok   403   {}
            POST /api/v1/instructions/{id}/report                            instructionOfDraft59     401  ok    404    404  404   {}
            POST /api/v1/instructions/{id}/files                             instruction59            401  ok    403    ok   403   <file>
            POST /api/v1/instructions/{id}/files                             instructionOfDraft59     401  ok    404    404  404   <file>

            ## competition: published years are public; applications are their applicant's, their region's commission's and the secretariat's; an expert works through assignments
            GET  /api/v1/competitions                                        -                        ok   ok    ok     ok   ok
            POST /api/v1/competitions                                        -                        401  ok    403    403  403   {"year": 1900}
            GET  /api/v1/competitions/{year}                                 publishedYear            ok   ok    ok     ok   ok
            GET  /api/v1/competitions/{year}                                 openYear                 404  ok    ok     ok   ok
            PUT  /api/v1/competitions/{year}                                 openYear                 401  ok    403    403  403   {"title": ""}
            PUT  /api/v1/competitions/{year}/category-rule                   openYear                 401  ok    403    403  403   {"NOPE": "I"}
            PUT  /api/v1/competitions/{year}/quotas                          openYear                 401  ok    403    403  403   {"nomination": "N1", "category": "I", "perRegion": -1}
            PUT  /api/v1/competitions/{year}/prizes                          openYear                 401  ok    403    403  403   {"nomination": "N1", "category": "I", "place": 99, "amountRub": 1}
            PUT  /api/v1/competitions/{year}/nominations/{code}              openYear,code=N1         401  ok    403    403  403   {"title": ""}
            PUT  /api/v1/competitions/{year}/nominations/{code}/questions    openYear,code=N1         401  ok    403    403  403   []
            GET  /api/v1/competitions/{year}/criteria                        publishedYear            ok   ok    ok     ok   ok
            PUT  /api/v1/competitions/{year}/nominations/{code}/criteria     openYear,code=N1         401  ok    403    403  403   []
            GET  /api/v1/competitions/{year}/applications                    openYear                 401  ok    ok     ok   ok
            POST /api/v1/competitions/{year}/applications                    openYear                 401  ok    403    ok   ok    {"nomination": "N99", "practiceId": 1}
            POST /api/v1/competitions/{year}/association-applications        openYear                 401  ok    403    403  403   {"nomination": "N1", "practiceId": 1, "note": ""}
            GET  /api/v1/competitions/applications/{id}                      application59            401  ok    404    ok   404
            PUT  /api/v1/competitions/applications/{id}/answers              application59            401  ok    404    ok   404   {"answers": {"residents": "много"}, "declaration": false, "version": 0}
            POST /api/v1/competitions/applications/{id}/submit               application59            401  ok    404    ok   404
            PUT  /api/v1/competitions/applications/{id}/regional-rank        submittedApplication59   401  ok    404    ok   404   {"rank": 0}
            POST /api/v1/competitions/applications/{id}/forward              submittedApplication59   401  ok    404    ok   404   {"note": ""}
            POST /api/v1/competitions/applications/{id}/reject               submittedApplication59   401  ok    404    ok   404   {"note": ""}
            GET  /api/v1/competitions/{year}/experts                         publishedYear            401  ok    403    403  403
            POST /api/v1/competitions/{year}/experts                         publishedYear            401  ok    403    403  403   {}
            POST /api/v1/competitions/experts/{expertId}/conflicts           commissionExpert         401  ok    403    403  403   {"kind": "NOPE", "value": ""}
            POST /api/v1/competitions/{year}/start-scoring                   publishedYear            401  ok    403    403  403
            POST /api/v1/competitions/{year}/assignments                     publishedYear            401  ok    403    403  403
            GET  /api/v1/competitions/{year}/assignments                     publishedYear            401  ok    403    403  403
            PUT  /api/v1/competitions/assignments/{assignmentId}             assignment2024           401  ok    403    403  403   {"expertId": 1}
            GET  /api/v1/competitions/{year}/my-assignments                  publishedYear            401  403   ok     403  403
            GET  /api/v1/competitions/applications/{id}/expert-file          assignedToExpert         401  403   ok     403  403
            PUT  /api/v1/competitions/applications/{id}/scores               assignedToExpert         401  403   ok     403  403   {"points": {}}
            GET  /api/v1/competitions/{year}/ranking                         publishedYear            401  ok    403    403  403
            POST /api/v1/competitions/{year}/results/confirm                 publishedYear            401  ok    403    403  403   {}
            POST /api/v1/competitions/{year}/results/publish                 publishedYear            401  ok    403    403  403
            GET  /api/v1/competitions/{year}/results                         publishedYear            ok   ok    ok     ok   ok
            GET  /api/v1/competitions/{year}/protocol.docx                   publishedYear            ok   ok    ok     ok   ok
            GET  /api/v1/competitions/{year}/protocol.docx                   openYear                 404  404   404    404  404
            GET  /api/v1/competitions/{year}/protocol.pdf                    publishedYear            ok   ok    ok     ok   ok
            GET  /api/v1/competitions/{year}/protocol.pdf                    openYear                 404  404   404    404  404
            GET  /api/v1/competitions/{year}/trail.xlsx                      publishedYear            401  ok    403    403  403

            ## competition: the archive is imported by the secretariat; the analytics of a published year is public
            POST /api/v1/competitions/archive/imports                        -                        401  ok    403    403  403   <file>
            GET  /api/v1/competitions/{year}/analytics                       archiveYear              ok   ok    ok     ok   ok

            ## partnership: signed-in users read partners, signed agreements and their programmes; drafts and writes are the secretariat's; a council of a participating region links its own practice
            GET  /api/v1/partners                                            -                        401  ok    ok     ok   ok
            POST /api/v1/partners                                            -                        401  ok    403    403  403   {"name": ""}
            GET  /api/v1/partners/{id}                                       partner                  401  ok    ok     ok   ok
            PUT  /api/v1/partners/{id}                                       partner                  401  ok    403    403  403   {"inn": "12"}
            GET  /api/v1/agreements                                          -                        401  ok    ok     ok   ok
            POST /api/v1/agreements                                          -                        401  ok    403    403  403   {"number": ""}
            GET  /api/v1/agreements/{id}                                     draftAgreement           401  ok    404    404  404
            GET  /api/v1/agreements/{id}                                     activeAgreement          401  ok    ok     ok   ok
            POST /api/v1/agreements/{id}/actions/{action}                    draftAgreement,action=agree 401 ok  404    404  404
            POST /api/v1/agreements/{id}/actions/{action}                    activeAgreement,action=terminate 401 ok 403 403 403 {"comment": ""}
            POST /api/v1/agreements/{id}/attachments                         draftAgreement           401  ok    404    404  404   <file>
            POST /api/v1/agreements/{id}/attachments                         activeAgreement          401  ok    403    403  403   <file>
            GET  /api/v1/agreements/{id}/attachments/{fileId}                draftAgreement           401  ok    404    404  404
            GET  /api/v1/agreements/{id}/attachments/{fileId}                activeAgreement          401  ok    ok     ok   ok
            GET  /api/v1/agreements/{id}/obligations                         draftAgreement           401  ok    404    404  404
            GET  /api/v1/agreements/{id}/obligations                         activeAgreement          401  ok    ok     ok   ok
            POST /api/v1/agreements/{id}/obligations                         activeAgreement          401  ok    403    403  403   {}
            GET  /api/v1/programmes                                          -                        401  ok    ok     ok   ok
            POST /api/v1/programmes                                          -                        401  ok    403    403  403   {}
            GET  /api/v1/programmes/{id}                                     programme                401  ok    ok     ok   ok
            GET  /api/v1/programmes/{id}                                     draftProgramme           401  ok    404    404  404
            PUT  /api/v1/programmes/{id}/regions                             programme                401  ok    403    403  403   ["99"]
            POST /api/v1/programmes/{id}/activities                          programme                401  ok    403    403  403   {}
            POST /api/v1/programmes/{id}/kpis                                programme                401  ok    403    403  403   {}
            PUT  /api/v1/programmes/{id}/kpis/{kpiId}/values                 programme                401  ok    403    403  403   {"year": 1900}
            POST /api/v1/programmes/{id}/reports                             programme                401  ok    403    403  403   {"year": 1900}
            POST /api/v1/programmes/{id}/links                               programme                401  ok    403    ok   ok    {"kind": "PRACTICE", "targetId": 0}
            POST /api/v1/programmes/{id}/links                               programme59              401  ok    403    ok   403   {"kind": "PRACTICE", "targetId": 0}

            ## jobs, reports, notifications: one's own; the secretariat's all
            GET  /api/v1/jobs/{jobId}                                        permJob                  401  ok    404    ok   404
            POST /api/v1/reports                                             -                        401  ok    403    ok   403   {"year": 1900, "regionCode": "59"}
            GET  /api/v1/reports                                             -                        401  ok    ok     ok   ok
            GET  /api/v1/reports/{reportId}                                  permReport               401  ok    404    ok   404
            GET  /api/v1/reports/{reportId}/file                             permReport               401  ok    404    ok   404
            GET  /api/v1/notifications                                       -                        401  ok    ok     ok   ok

            ## library: published practices are public; an adoption is recorded by a council's or a municipality's operator
            GET  /api/v1/library/practices                                   -                        ok   ok    ok     ok   ok
            GET  /api/v1/library/practices/{id}                              published59              ok   ok    ok     ok   ok
            GET  /api/v1/library/practices/{id}                              draft59                  404  404   404    404  404
            GET  /api/v1/library/practices/{id}/adoptions                    published59              ok   ok    ok     ok   ok
            POST /api/v1/library/practices/{id}/adoptions                    published59              401  403   403    ok   ok    {}
            DELETE /api/v1/library/practices/{id}/adoptions/{adoptionId}     published59,adoptionId=0 401  404   404    404  404
            GET  /api/v1/library/regions                                     -                        ok   ok    ok     ok   ok
            GET  /api/v1/library/regions/{code}                              region59                 ok   ok    ok     ok   ok

            ## vote: the secretariat sets votes up; a council's operator casts and gives its proxy; every signed-in user reads a vote that is not a draft
            GET  /api/v1/votes                                               -                        401  ok    ok     ok   ok
            POST /api/v1/votes                                               -                        401  ok    403    403  403   {}
            GET  /api/v1/votes/{id}                                          draftVote                401  ok    404    404  404
            GET  /api/v1/votes/{id}                                          openVote                 401  ok    ok     ok   ok
            PUT  /api/v1/votes/{id}                                          draftVote                401  ok    403    403  403   {}
            POST /api/v1/votes/{id}/options                                  draftVote                401  ok    403    403  403   {}
            DELETE /api/v1/votes/{id}/options/{optionId}                     draftVote                401  ok    403    403  403
            POST /api/v1/votes/{id}/options/{optionId}/image                 draftVote                401  ok    403    403  403   <file>
            GET  /api/v1/votes/{id}/options/{optionId}/image                 closedVote               401  ok    ok     ok   ok
            POST /api/v1/votes/{id}/actions/{action}                         openVote,action=close    401  ok    403    403  403
            POST /api/v1/votes/{id}/ballots                                  openVote                 401  403   403    ok   ok    {"choices": []}
            GET  /api/v1/votes/{id}/ballots/mine                             openVote                 401  404   404    ok   ok
            POST /api/v1/votes/{id}/proxies                                  openVote                 401  403   403    ok   ok    {}
            DELETE /api/v1/votes/{id}/proxies/mine                           openVote                 401  403   403    ok   ok
            GET  /api/v1/votes/{id}/result                                   draftVote                401  ok    404    404  404
            GET  /api/v1/votes/{id}/result                                   closedVote               401  ok    ok     ok   ok
            GET  /api/v1/votes/{id}/protocol                                 closedVote               401  ok    ok     ok   ok
            POST /api/v1/meetings/{id}/items/{itemId}/vote                   heldMeeting              401  ok    403    403  403

            ## library: open data is public
            GET  /api/v1/opendata/practices                                  -                        ok   ok    ok     ok   ok
            GET  /api/v1/opendata/practices?region=99                        -                        ok   ok    ok     ok   ok
            GET  /api/v1/opendata/dictionary                                 -                        ok   ok    ok     ok   ok
            """;

    /** The columns of the answers, in the table's order. */
    static final List<String> ROLES = List.of("anonymous", "admin", "expert", "perm", "tatarstan");

    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Autowired
    PracticeService practices;

    @Autowired
    PracticeImports imports;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingFiles meetingFiles;

    @Autowired
    OrganizationApi organizations;

    @Autowired
    Reports reports;

    @Autowired
    ru.praktika.vote.domain.Votes votes;

    @Autowired
    ru.praktika.vote.VoteApi voteApi;

    @Autowired
    ru.praktika.competition.domain.Applications competitionApplications;

    @Autowired
    ru.praktika.competition.domain.FederalStage federalStage;

    @Autowired
    ru.praktika.partnership.domain.Partners partnershipPartners;

    @Autowired
    ru.praktika.partnership.domain.Agreements partnershipAgreements;

    @Autowired
    ru.praktika.partnership.domain.Programmes partnershipProgrammes;

    /** A fresh application of Пермский край to the demo's open competition (2027), a draft or submitted. */
    private long competitionApplication(boolean submitted) {
        Actor perm = actors.actor("perm");
        long practice = practices
                .create(
                        perm,
                        ru.praktika.support.Drafts.draft(
                                2024, "59", "57735000", "Заявка матрицы", "Проблема", "Цели", "Описание", List.of()))
                .id();
        ru.praktika.competition.ApplicationView a = competitionApplications.apply(perm, 2027, "N1", practice);
        if (submitted) {
            a = competitionApplications.answer(
                    perm,
                    a.id(),
                    Map.of("problem", "Проблема", "effect", "Эффект", "replicable", "да"),
                    true,
                    a.version());
            competitionApplications.submit(perm, a.id());
        }
        return a.id();
    }

    /** Objects made once for the reads, by name. */
    private final Map<String, Map<String, String>> shared = new HashMap<>();

    @Test
    void everyOperationOfTheApiHasARowAndEveryRowAnOperation() throws Exception {
        Set<String> documented = documentedOperations();
        Set<String> inTable = new LinkedHashSet<>();
        rows().forEach(r -> inTable.add(r.operation()));
        List<String> problems = new ArrayList<>();
        documented.stream()
                .filter(op -> !inTable.contains(op))
                .forEach(op -> problems.add("new endpoint without a row in the authorization matrix: " + op));
        inTable.stream()
                .filter(op -> !documented.contains(op))
                .forEach(op -> problems.add(
                        "a row of the authorization matrix names an operation that no longer exists: " + op));
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        assertThat(documented).hasSizeGreaterThan(50);
    }

    @Test
    void everyOperationAnswersEachRoleAsTheMatrixSays() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows()) {
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                String expected = row.expected().get(i);
                Map<String, String> objects = new HashMap<>(
                        row.isRead() || role.equals("anonymous") ? shared(row.objects()) : fresh(row.objects()));
                objects.putAll(row.variables());
                int status = mvc.perform(requestOf(row, objects, role))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                if (!matches(expected, status)) {
                    mismatches.add(String.format(
                            "%-4s %-62s %-28s %-9s expected %-3s got %d",
                            row.method(), row.target(), row.label(), role, expected, status));
                }
            }
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " answers differ from the authorization matrix:\n"
                    + String.join("\n", mismatches));
        }
    }

    // ---- the table

    /**
     * A row of the matrix.
     *
     * @param method HTTP method
     * @param target the path as documented, with a query where the operation needs one
     * @param label the objects' name and the extra variables, as written
     * @param objects the name of the objects its path variables come from
     * @param variables extra path variables written in the row
     * @param expected the answers in the order of {@link #ROLES}
     * @param body the body of a write, or null
     */
    record Row(
            String method,
            String target,
            String label,
            String objects,
            Map<String, String> variables,
            List<String> expected,
            String body) {

        String operation() {
            int q = target.indexOf('?');
            return method + " " + (q < 0 ? target : target.substring(0, q));
        }

        boolean isRead() {
            return method.equals("GET");
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : MATRIX.lines().toList()) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cells = l.split("\\s+", 9);
            if (cells.length < 8) {
                throw new IllegalStateException("A row of the matrix needs 8 cells at least: " + l);
            }
            String[] names = cells[2].split(",");
            Map<String, String> variables = new LinkedHashMap<>();
            for (int i = 1; i < names.length; i++) {
                String[] kv = names[i].split("=", 2);
                variables.put(kv[0], kv[1]);
            }
            List<String> expected = List.of(cells[3], cells[4], cells[5], cells[6], cells[7]);
            expected.forEach(e -> {
                if (!Set.of("ok", "401", "403", "404").contains(e)) {
                    throw new IllegalStateException("An answer is ok, 401, 403 or 404, not «" + e + "»: " + l);
                }
            });
            rows.add(new Row(
                    cells[0].toUpperCase(Locale.ROOT),
                    cells[1],
                    cells[2],
                    names[0],
                    variables,
                    expected,
                    cells.length > 8 ? cells[8].strip() : null));
        }
        return rows;
    }

    /** ok: authorization passed (2xx, or 400/409/422 on the content); otherwise the exact status. */
    static boolean matches(String expected, int status) {
        if (expected.equals("ok")) {
            return (status >= 200 && status < 300) || status == 400 || status == 409 || status == 422;
        }
        return Integer.parseInt(expected) == status;
    }

    private Set<String> documentedOperations() throws Exception {
        String doc = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(doc, "$.paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, methods) -> {
            if (path.startsWith("/api/v1/")) {
                methods.keySet().stream()
                        .filter(m -> Set.of("get", "put", "post", "delete", "patch", "head", "options")
                                .contains(m))
                        .forEach(m -> operations.add(m.toUpperCase(Locale.ROOT) + " " + path));
            }
        });
        return operations;
    }

    private RequestBuilder requestOf(Row row, Map<String, String> objects, String role) {
        String uri = substitute(row.target(), objects);
        AbstractMockHttpServletRequestBuilder<?> request;
        if ("<file>".equals(row.body())) {
            request = multipart(HttpMethod.valueOf(row.method()), uri)
                    .file(new MockMultipartFile("file", "пустой.pdf", "application/pdf", new byte[0]));
        } else {
            request = request(HttpMethod.valueOf(row.method()), uri);
            if (row.body() != null) {
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(row.body().replace("${tooLongName}", "я".repeat(501)));
            }
        }
        return role.equals("anonymous") ? request : request.with(httpBasic(role, "demo"));
    }

    private static String substitute(String target, Map<String, String> objects) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(target);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = objects.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {" + m.group(1) + "} in " + target + ": " + objects);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    // ---- the objects of the path variables

    private Map<String, String> shared(String name) {
        Map<String, String> made = shared.get(name);
        if (made == null) {
            made = fresh(name);
            shared.put(name, made);
        }
        return made;
    }

    private Map<String, String> fresh(String name) {
        try {
            return make(name);
        } catch (Exception e) {
            throw new IllegalStateException("Could not make the objects «" + name + "»", e);
        }
    }

    private Map<String, String> make(String name) throws Exception {
        Actor perm = actors.actor("perm");
        return switch (name) {
            case "-" -> Map.of();
            case "region59" -> Map.of("code", "59");
            case "municipality59" -> Map.of("oktmo", "57735000");
            case "council59" ->
                Map.of(
                        "id",
                        String.valueOf(
                                organizations.councilOf("59").orElseThrow().id()));
            case "association" ->
                Map.of(
                        "id",
                        String.valueOf(organizations
                                .organizations(OrganizationKind.ASSOCIATION)
                                .get(0)
                                .id()));
            case "nationalProject" -> Map.of("code", "NP19-04");
            case "federalProject" -> Map.of("code", "NP19-04-FP03");
            case "regionalProject59" -> Map.of("id", regionalProject());
            case "campaign" -> Map.of("year", "2024");
            case "archiveYear" -> Map.of("year", "2023");
            case "draft59" -> practice(null);
            case "submitted59" -> practice(PracticeAction.SUBMIT);
            case "forwarded59" -> practice(PracticeAction.FORWARD);
            case "accepted59" -> practice(PracticeAction.ACCEPT);
            case "published59" -> practice(PracticeAction.PUBLISH);
            case "finding59" -> Map.of("id", finding());
            case "draftMeeting" -> meeting(null);
            case "announcedMeeting59" -> meeting(MeetingTypes.State.ANNOUNCED);
            case "heldMeeting" -> meeting(MeetingTypes.State.HELD);
            case "instruction59" ->
                Map.of("id", meeting(MeetingTypes.State.HELD).get("instructionId"));
            case "instructionOfDraft59" -> Map.of("id", meeting(null).get("instructionId"));
            case "reportFile59" -> {
                Map<String, String> held = meeting(MeetingTypes.State.HELD);
                long file = meetingFiles
                        .attachToReport(perm, Long.parseLong(held.get("instructionId")), "отчёт.pdf", PDF)
                        .id();
                yield Map.of("id", held.get("id"), "fileId", String.valueOf(file));
            }
            case "permJob" ->
                Map.of(
                        "jobId",
                        imports.start(perm, 2024, null, imports.template(perm, 2024, null))
                                .toString());
            case "publishedYear" -> Map.of("year", "2024");
            case "openYear" -> Map.of("year", "2027");
            case "application59" -> Map.of("id", String.valueOf(competitionApplication(false)));
            case "submittedApplication59" -> Map.of("id", String.valueOf(competitionApplication(true)));
            case "commissionExpert" ->
                Map.of(
                        "expertId",
                        String.valueOf(federalStage.experts(actors.actor("admin"), 2024).stream()
                                .filter(e -> e.username().equals("commission-01"))
                                .findFirst()
                                .orElseThrow()
                                .id()));
            case "assignment2024" ->
                Map.of(
                        "assignmentId",
                        String.valueOf(federalStage.assignments(actors.actor("admin"), 2024).values().stream()
                                .flatMap(List::stream)
                                .findFirst()
                                .orElseThrow()
                                .id()));
            case "assignedToExpert" ->
                Map.of(
                        "id",
                        String.valueOf(federalStage.assignments(actors.actor("admin"), 2024).values().stream()
                                .flatMap(List::stream)
                                .filter(a -> a.expertName().startsWith("Эксперт Правления"))
                                .findFirst()
                                .orElseThrow()
                                .applicationId()));
            case "permReport" ->
                Map.of(
                        "reportId",
                        String.valueOf(reports.request(
                                        perm,
                                        new ReportRequest(
                                                2024,
                                                ReportKind.CONSOLIDATED,
                                                ReportFormat.DOCX,
                                                "59",
                                                null,
                                                null,
                                                null))
                                .id()));
            case "partner" -> Map.of("id", String.valueOf(partnerAvc()));
            case "draftAgreement" -> draftAgreement();
            case "activeAgreement" -> activeAgreement();
            case "programme" ->
                Map.of(
                        "id",
                        String.valueOf(demoProgramme()),
                        "kpiId",
                        String.valueOf(partnershipProgrammes
                                .programme(actors.actor("admin"), demoProgramme())
                                .kpis()
                                .get(0)
                                .id()));
            case "programme59" -> Map.of("id", String.valueOf(programme59()));
            case "draftProgramme" -> Map.of("id", String.valueOf(draftProgramme()));
            case "draftVote" -> vote(false);
            case "openVote" -> vote(true);
            case "closedVote" -> {
                long id = voteApi.demoVote("symbols-emblem-2020").orElseThrow();
                yield Map.of(
                        "id",
                        String.valueOf(id),
                        "optionId",
                        String.valueOf(
                                voteApi.vote(id).orElseThrow().options().get(0).id()));
            }
            default -> throw new IllegalArgumentException("No objects named «" + name + "» in the matrix");
        };
    }

    private int agreementNumber;

    private long partnerAvc() {
        return partnershipPartners.partners(actors.actor("admin")).stream()
                .filter(p -> p.name().equals("Ассоциация волонтерских центров"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A fresh draft agreement with the Ассоциация волонтерских центров and a file attached. */
    private Map<String, String> draftAgreement() {
        Actor admin = actors.actor("admin");
        long id = partnershipAgreements.draft(
                admin,
                new ru.praktika.partnership.PartnershipCommands.NewAgreement(
                        "М-" + (++agreementNumber),
                        "Соглашение матрицы доступа",
                        null,
                        null,
                        null,
                        List.of(new ru.praktika.partnership.PartnershipCommands.PartyDetails(partnerAvc(), null, null)),
                        null,
                        null,
                        null,
                        null));
        long file =
                partnershipAgreements.attach(admin, id, true, "скан.pdf", PDF).id();
        return Map.of("id", String.valueOf(id), "fileId", String.valueOf(file));
    }

    /** The demo's active agreement № 3 and its scan. */
    private Map<String, String> activeAgreement() {
        Actor admin = actors.actor("admin");
        ru.praktika.partnership.AgreementSummary a = partnershipAgreements.agreements(admin, null, null).stream()
                .filter(x -> x.number().equals("3"))
                .findFirst()
                .orElseThrow();
        long file =
                partnershipAgreements.agreement(admin, a.id()).files().get(0).id();
        return Map.of("id", String.valueOf(a.id()), "fileId", String.valueOf(file));
    }

    /** The demo programme «Доброволец России» (its regions include 59 and 16). */
    private long demoProgramme() {
        return partnershipProgrammes.programmes(actors.actor("admin")).stream()
                .filter(p -> p.title().equals("Доброволец России"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A programme of the active agreement in which only region 59 takes part. */
    private long programme59() {
        Actor admin = actors.actor("admin");
        long id = partnershipProgrammes.create(
                admin,
                new ru.praktika.partnership.PartnershipCommands.NewProgramme(
                        Long.valueOf(activeAgreement().get("id")), "Программа матрицы доступа", null, 2026, 2027));
        partnershipProgrammes.setRegions(admin, id, List.of("59"));
        return id;
    }

    private long draftProgramme() {
        return partnershipProgrammes.create(
                actors.actor("admin"),
                new ru.praktika.partnership.PartnershipCommands.NewProgramme(
                        Long.valueOf(draftAgreement().get("id")), "Программа проекта соглашения", null, 2026, 2027));
    }

    /** A vote of the councils of today with two options, a draft or open. */
    private Map<String, String> vote(boolean open) {
        Actor admin = actors.actor("admin");
        long id = votes.create(
                admin,
                ru.praktika.vote.NewVote.of(
                        "Голосование матрицы доступа",
                        java.time.OffsetDateTime.now().plusDays(2),
                        List.of("Да", "Нет")));
        if (open) {
            votes.open(admin, id);
        }
        return Map.of(
                "id",
                String.valueOf(id),
                "optionId",
                String.valueOf(votes.vote(admin, id).options().get(0).id()));
    }

    /**
     * A card of region 59 with a PDF attached, moved by its council and the secretariat up to the given step. Its
     * words are made up, so that the linkage model, which learns from accepted cards, learns nothing from it.
     */
    private Map<String, String> practice(PracticeAction upTo) {
        Actor perm = actors.actor("perm");
        Actor admin = actors.actor("admin");
        PracticeCard card = practices.create(
                perm,
                Drafts.draft(
                        2023,
                        "59",
                        "57735000",
                        "Карточка матрицы доступа",
                        "Зубрилка квакля бормотень.",
                        null,
                        "Квакля зубрилка бормотень, трижды.",
                        Drafts.link("NP19-04", "NP19-04-FP03")));
        long id = card.id();
        long attachment = practices.attach(perm, id, "смета.pdf", PDF).id();
        if (upTo != null) {
            for (PracticeAction step : PracticeAction.values()) {
                if (step == PracticeAction.RETURN) {
                    continue;
                }
                boolean council = step == PracticeAction.SUBMIT || step == PracticeAction.FORWARD;
                card = practices.act(council ? perm : admin, id, step, null);
                if (step == upTo) {
                    break;
                }
            }
        }
        return Map.of(
                "id", String.valueOf(id),
                "attachmentId", String.valueOf(attachment),
                "version", String.valueOf(card.version()));
    }

    /** An unreviewed finding: a draft of region 59 linked to no national project. */
    private String finding() throws Exception {
        PracticeCard card = practices.create(
                actors.actor("perm"),
                Drafts.draft(
                        2023,
                        "59",
                        "57735000",
                        "Карточка матрицы доступа без связи",
                        "Зубрилка квакля бормотень.",
                        null,
                        "Квакля зубрилка бормотень, трижды.",
                        List.of()));
        String json = mvc.perform(
                        get("/api/v1/practices/" + card.id() + "/findings").with(httpBasic("admin", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(json, "$[?(@.reviewedBy == null)].id");
        assertThat(ids)
                .as("an unreviewed finding of practice %d: %s", card.id(), json)
                .isNotEmpty();
        return String.valueOf(ids.get(0));
    }

    private String regionalProject() throws Exception {
        String json = mvc.perform(
                        request(HttpMethod.POST, "/api/v1/regions/59/regional-projects")
                                .with(httpBasic("perm", "demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"federalProject\": \"NP19-04-FP03\", \"name\": \"Дворы Прикамья (матрица доступа)\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return String.valueOf(JsonPath.<Integer>read(json, "$.id"));
    }

    /**
     * A meeting of the secretariat with the council of region 59 invited, an agenda item with a material, a decision
     * and an instruction to that council, left in the given state (a draft when null).
     */
    private Map<String, String> meeting(MeetingTypes.State state) {
        Actor admin = actors.actor("admin");
        long council = organizations.councilOf("59").orElseThrow().id();
        long id = meetings.schedule(
                admin,
                new MeetingCommands.MeetingDetails(
                        "Совещание матрицы доступа",
                        null,
                        LocalDateTime.of(2026, 12, 15, 10, 0),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        long participant = meetings.addParticipant(
                admin,
                id,
                new MeetingCommands.NewParticipant(
                        MeetingTypes.ParticipantKind.COUNCIL, council, null, null, null, null, false));
        long item = meetings.addItem(admin, id, new MeetingCommands.NewItem("О практиках", null, null, null));
        long material = meetingFiles
                .attachMaterial(admin, id, item, "материалы.pdf", PDF)
                .id();
        long instruction = meetings.assignInstruction(
                admin,
                id,
                meetings.adoptDecision(admin, id, item, "Собрать практики"),
                new MeetingCommands.NewInstruction("Представить практики", council, null, LocalDate.of(2027, 2, 1)));
        if (state != null) {
            meetings.advance(admin, id, state);
        }
        return Map.of(
                "id", String.valueOf(id),
                "participantId", String.valueOf(participant),
                "itemId", String.valueOf(item),
                "fileId", String.valueOf(material),
                "instructionId", String.valueOf(instruction));
    }
}
